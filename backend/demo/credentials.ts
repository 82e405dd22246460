/**
 * Logins of the demo book. Public on purpose: the demo backend holds fake data only, and the
 * desk offers these on its login screen in demo mode.
 */
export const DEMO_PASSWORD = 'demo1234';
export const DEMO_CREDENTIALS = { username: 'demo', password: DEMO_PASSWORD } as const;
/** A second advisor with a small book of their own, for ownership checks. */
export const DEMO2_CREDENTIALS = { username: 'demo2', password: DEMO_PASSWORD } as const;
