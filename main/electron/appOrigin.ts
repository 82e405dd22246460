/**
 * The renderer is served from `app://advisor-desk/`, a privileged standard scheme, never from
 * file:// (which would give every page the whole disk) or from a web origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'advisor-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** IPC channels between preload and main. */
export const INVOKE_CHANNEL = 'advisor-desk:invoke';
export const EVENT_CHANNEL = 'advisor-desk:event';
/** A window's preload asks for its port to the core (on load), and receives it on the same channel. */
export const CORE_PORT_CHANNEL = 'advisor-desk:core-port';
/** The methods main answers itself over INVOKE_CHANNEL; every other call goes over the port. */
export const HOST_METHODS: readonly string[] = ['reports.print'];
