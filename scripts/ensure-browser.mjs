// Makes sure the e2e tests have a Chromium: Debian's /usr/bin/chromium when it exists (CI and machines
// without internet access to browser downloads), otherwise Playwright's own build, installed once.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

if (existsSync('/usr/bin/chromium')) process.exit(0);
if (existsSync(chromium.executablePath())) process.exit(0);
console.log('No Chromium found: installing Playwright’s Chromium (one time)…');
const result = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
