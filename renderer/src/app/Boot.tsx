import { asApiError } from '../api/errors';
import { LockScreen } from '../pages/lock/LockScreen';
import { LoginPage } from '../pages/login/LoginPage';
import { useAppInfoQuery } from '../store/endpoints/app';
import { useCurrentSessionQuery } from '../store/endpoints/session';
import { useAppSelector } from '../store/hooks';
import { selectSession, selectSessionKnown } from '../store/sessionSlice';
import { AppLayout } from './AppLayout';
import { BootError } from './BootError';
import { FullPageSpinner } from './FullPageSpinner';

/**
 * Asks the host who we are and who is signed in, then shows the login page, the lock screen or
 * the desk. Locking replaces the whole desk, so no view holding client data stays mounted.
 */
export function Boot() {
  const appInfo = useAppInfoQuery();
  const currentSession = useCurrentSessionQuery();
  const sessionKnown = useAppSelector(selectSessionKnown);
  const session = useAppSelector(selectSession);

  if (appInfo.isError || (currentSession.isError && !sessionKnown)) {
    const error = asApiError(appInfo.error ?? currentSession.error);
    const retry = () => {
      void appInfo.refetch();
      void currentSession.refetch();
    };
    return <BootError error={error} onRetry={retry} />;
  }
  if (!appInfo.data || !sessionKnown) return <FullPageSpinner />;
  if (!session) return <LoginPage appInfo={appInfo.data} />;
  if (session.locked) return <LockScreen appInfo={appInfo.data} session={session} />;
  return <AppLayout appInfo={appInfo.data} session={session} />;
}
