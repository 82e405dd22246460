import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromiumPath } from './chromiumPath';

/**
 * What the tests need from the system: a Chromium for the end-to-end tests (Playwright must never
 * download one; CHROMIUM_PATH, default /usr/bin/chromium) and poppler-utils' pdftotext and
 * pdftoppm, which read back the report PDFs. What is missing is installed from Debian's packages
 * when apt-get and root (or password-less sudo) are at hand; else it says exactly what to install.
 */
const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const missing = () => [
  ...(fs.existsSync(chromiumPath) ? [] : ['chromium', 'fonts-noto-cjk']),
  ...(onPath('pdftotext') && onPath('pdftoppm') ? [] : ['poppler-utils']),
];

function main(): void {
  const packages = missing();
  if (packages.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (onPath('apt-get') && (isRoot || canSudo)) {
    process.stdout.write(`Installing what the tests need from Debian: ${packages.join(', ')}...\n`);
    const run = (args: string[]) => {
      const [command, ...rest] = isRoot ? args : ['sudo', '-n', ...args];
      execFileSync(command as string, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    };
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
    if (missing().length === 0) return;
  }
  process.stderr.write(
    `The tests need ${missing().join(', ')} and could not install them here.\n` +
      'On Debian or Ubuntu: `sudo apt-get install chromium fonts-noto-cjk poppler-utils`. Elsewhere install Chromium or Chrome\n' +
      `(and set CHROMIUM_PATH to its executable; now ${chromiumPath}) and poppler (pdftotext, pdftoppm).\n`,
  );
  process.exit(1);
}

main();
