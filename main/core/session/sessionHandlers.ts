import { defineHandlers } from '../api/handlerKit';

/** The app itself, before anyone signs in. */
export const appHandlers = defineHandlers()('app', {
  'app.info': { access: 'open', run: (_input, core) => core.appInfo },
});

/** Sign-in, lock and sign-out: open to everyone, since they decide who is signed in. */
export const sessionHandlers = defineHandlers()('session', {
  'session.current': { access: 'open', run: (_input, core) => core.sessions.info() },
  'session.login': { access: 'open', run: ({ username, password }, core) => core.sessions.login(username, password) },
  'session.logout': {
    access: 'open',
    run: async (_input, core) => {
      await core.sessions.logout();
      return null;
    },
  },
  'session.unlock': { access: 'open', run: ({ password }, core) => core.sessions.unlock(password) },
  'session.lock': {
    access: 'open',
    run: (_input, core) => {
      core.sessions.lock('manual');
      return null;
    },
  },
  'session.activity': {
    access: 'open',
    run: (_input, core) => {
      core.sessions.activity();
      return null;
    },
  },
});
