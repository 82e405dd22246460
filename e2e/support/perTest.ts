import type { Page } from '@playwright/test';
import { test } from '@playwright/test';
import type { TempDir } from '../../testing/tempDir';
import { makeTempDir } from '../../testing/tempDir';
import type { RunningProcess } from './processes';

/**
 * Each test's own temp folder and the processes it starts there (backend, web host): after the
 * test the processes are stopped and the folder removed, whether it passed or not.
 */
export function perTestProcesses(prefix: string) {
  let temp: TempDir | undefined;
  const running: RunningProcess[] = [];
  test.beforeEach(() => {
    temp = makeTempDir(prefix);
  });
  test.afterEach(async () => {
    await Promise.all(running.splice(0).map((p) => p.stop()));
    temp?.cleanup();
  });
  return {
    get dir(): string {
      if (!temp) throw new Error('perTestProcesses: the folder exists only inside a test');
      return temp.dir;
    },
    /** Stops `process` after the test; answers it. */
    keep<T extends RunningProcess>(process: T): T {
      running.push(process);
      return process;
    },
  };
}

/** Fills in and submits the sign-in form, as the demo advisor unless told otherwise. */
export async function submitLogin(page: Page, username = 'demo', password = 'demo1234'): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}
