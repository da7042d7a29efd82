/**
 * End-to-end tests in a real Chromium against the real API with its embedded PostgreSQL and demo
 * data, serving the built site on the same origin — the way `make run` serves it.
 *
 * Browser: the system's Chromium (Debian's package; scripts/ensure-chromium.sh installs it), with
 * the flags it needs in a container. Only when none exists does Playwright use its own download.
 */
import { defineConfig, devices } from '@playwright/test';
import { execSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontend = dirname(fileURLToPath(import.meta.url));
const root = resolve(frontend, '..');
const port = Number(process.env.E2E_PORT ?? 8123);
const baseURL = `http://127.0.0.1:${port}`;
// Fresh for every run, and git-ignored with the rest of test-results/.
const dataDir = resolve(frontend, 'test-results/e2e-data');

function systemChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const path = execSync(`command -v ${name}`, {
        encoding: 'utf8',
        shell: '/bin/sh',
        stdio: 'pipe',
      }).trim();
      if (path) return path;
    } catch {
      // not this one
    }
  }
  return undefined;
}

const executablePath = systemChromium();
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    launchOptions: executablePath ? { executablePath, args: chromiumFlags } : {},
  },
  webServer: {
    // The real API: migrations and demo data on a new embedded database, then the site and API.
    command: `rm -rf '${dataDir}' && exec .venv/bin/python -m api run`,
    cwd: root,
    url: `${baseURL}/api/v1/health/ready`,
    env: {
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      SITE_DIR: resolve(frontend, 'build'),
      // The links in mail (verification, new password) point here, so the browser keeps its cookie.
      PUBLIC_URL: baseURL,
      SEED_DEMO: '1',
      WEB_WORKERS: '1',
      LOG_LEVEL: 'WARNING',
      // The journeys register a resident each, all from this one address: more than a person would.
      LIMIT_REGISTER_PER_ADDRESS: '100',
      // The demo's residents post ideas and comments in several journeys; the hourly limits are
      // proved in the API's tests.
      LIMIT_PROPOSALS_PER_HOUR: '100',
      LIMIT_COMMENTS_PER_HOUR: '1000',
      // Every journey signs people in from this one address, some with a wrong password on purpose;
      // the delays after failed sign-ins are proved in the API's own tests.
      SIGN_IN_FREE_FAILURES_PER_ADDRESS: '1000',
      // A wait long enough that the journey's next try, seconds later, still meets it.
      SIGN_IN_FIRST_DELAY_SECONDS: '300',
    },
    reuseExistingServer: false,
    timeout: 120_000,
    // SIGTERM lets the API stop its embedded PostgreSQL; SIGKILL would leave it running.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
