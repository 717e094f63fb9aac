import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * The e2e suite starts the production server itself on demo data (a throwaway data folder) and drives it
 * with Debian's Chromium where it exists (CI, this machine), Playwright's own browser elsewhere.
 */
const port = Number(process.env.E2E_PORT ?? 4319);
const systemChromium = '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    }
  : {};

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: `test-results/${port}`,
  fullyParallel: true,
  // One worker: the production server, its demo vendors and Chromium already share this project's two
  // cores, and a second browser starves the first one's loads into timeouts.
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    timezoneId: 'Europe/Stockholm',
    locale: 'en-GB',
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    command: 'node scripts/start.mjs',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      BACKSCROLL_DEMO: '1',
      BACKSCROLL_DATA_DIR: `.e2e-data/${port}/data`,
      BACKSCROLL_DIST_DIR: `.e2e-data/${port}/dist`,
    },
  },
});
