import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromiumPath } from './chromiumPath';

/**
 * The end-to-end tests need a Chromium; Playwright must never download one. Use the one at
 * CHROMIUM_PATH (default /usr/bin/chromium); if it is missing, install Debian's package when
 * apt-get and root (or password-less sudo) are at hand, else say exactly what to install.
 */
function main(): void {
  if (fs.existsSync(chromiumPath)) return;
  const canApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  const isRoot = process.getuid?.() === 0;
  const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (canApt && (isRoot || canSudo)) {
    process.stdout.write(`Chromium is not at ${chromiumPath}; installing Debian's chromium (a CJK font for readable screenshots, poppler-utils for the report tests)...\n`);
    const run = (args: string[]) => {
      const [command, ...rest] = isRoot ? args : ['sudo', '-n', ...args];
      execFileSync(command as string, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    };
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk', 'poppler-utils']);
    if (fs.existsSync(chromiumPath)) return;
  }
  process.stderr.write(
    `The end-to-end tests need Chromium at ${chromiumPath} and could not install it here.\n` +
      'Install it and run the tests again: on Debian or Ubuntu `sudo apt-get install chromium`; elsewhere install\n' +
      'Chromium or Chrome and set CHROMIUM_PATH to its executable.\n',
  );
  process.exit(1);
}

main();
