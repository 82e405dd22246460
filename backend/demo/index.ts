export { generateDemoBook, DEFAULT_DEMO_CLIENTS, DEFAULT_DEMO_SEED, DEMO2_CLIENTS, MAX_DEMO_CLIENTS } from './generate';
export type { DemoBook, DemoBookOptions } from './generate';
export { seedDemoBook } from './seed';
export { DEMO_CREDENTIALS, DEMO2_CREDENTIALS, DEMO_PASSWORD } from './credentials';
export { DEMO_ADVISOR, DEMO2_ADVISOR } from './advisors';
