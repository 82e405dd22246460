import { api } from '../api';
import { query } from './define';

/** The app itself (`app.*`): version and mode, before anyone signs in. */
export const appApi = api.injectEndpoints({
  endpoints: (build) => ({
    appInfo: query(build, 'app.info'),
  }),
});

export const { useAppInfoQuery } = appApi;
