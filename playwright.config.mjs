// End-to-end tests: the release build in dist/, served by nginx with the
// production configuration (deploy/nginx/) under a sub-path (/iop/) to prove the
// relative URLs, in Debian's Chromium.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // A failed test is not run again: a second try would hide a real timing fault.
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/iop/`,
    // A Swedish visitor by default; language tests set their own.
    locale: 'sv-SE',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // nginx with the production configuration (deploy/nginx/), as a host would run it.
    command: `scripts/nginx dist ${port} /iop/`,
    url: `http://127.0.0.1:${port}/iop/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
