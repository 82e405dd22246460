import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromiumPath';

/**
 * End-to-end tests drive the real UI in Debian's Chromium (never a downloaded browser) against
 * the built web host and the real reference backend, each started per test as a process.
 * `npm run test:e2e` builds dist/ first.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 2,
  reporter: [['list']],
  forbidOnly: true,
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'web', testDir: 'e2e/web' },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
