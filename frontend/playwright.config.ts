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
// The geocoder and the map's tiles: the stand-in of the API's tests (tests/places_standin.py) on a
// free loopback port, chosen once by the main process (the workers inherit it through the environment).
if (!process.env.E2E_PLACES_PORT) {
  process.env.E2E_PLACES_PORT = execSync(
    `'${resolve(root, '.venv/bin/python')}' -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"`,
    { encoding: 'utf8' },
  ).trim();
}
export const PLACES_URL = `http://127.0.0.1:${process.env.E2E_PLACES_PORT}`;
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
  // Two journeys at a time against the one server: they are independent (each makes its own people,
  // or uses demo data no journey in another file changes; the files whose journeys share data run
  // their journeys in order). More workers overloaded two busy cores: journeys ran into timeouts.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'nl-NL',
    // A failed journey keeps its trace: every action with the DOM before and after it. Without the
    // screencast, whose frames the browser would encode all through every journey that passes.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    launchOptions: executablePath ? { executablePath, args: chromiumFlags } : {},
  },
  webServer: [
    {
      command: `exec .venv/bin/python -m tests.places_standin --port ${process.env.E2E_PLACES_PORT}`,
      cwd: root,
      url: `${PLACES_URL}/tiles/6/0/0.png`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
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
        // The tests' Argon2 cost (tests/identities.py): the journeys sign in and register about a
        // hundred times, and at production's cost each hash holds the API's one worker for 0.2 s of
        // CPU. What a hash costs is a setting; it changes no answer.
        PASSWORD_HASH_TIME_COST: '1',
        PASSWORD_HASH_MEMORY_KIB: '8',
        PASSWORD_HASH_PARALLELISM: '1',
        // The journeys register about twenty residents, all from this one address: more than the ten
        // a quarter of an hour that one address may (that limit is proved in the API's tests).
        LIMIT_REGISTER_PER_ADDRESS: '100',
        // The sign-in journey meets the wait after the free failures, and its next try, seconds later,
        // must meet it still. The other limits need no raising: right passwords are never counted
        // against an address (tests/integration/identity/test_sign_in_throttle.py), the journeys fail
        // a password on purpose seven times in all (the address has twenty free), and the demo
        // residents stay under the hourly limits on ideas (ten) and comments (sixty).
        SIGN_IN_FIRST_DELAY_SECONDS: '300',
        // Nothing in a journey leaves the machine: the address search and the map come from the stand-in.
        GEOCODER_URL: PLACES_URL,
        MAP_TILE_URL: `${PLACES_URL}/tiles/{z}/{x}/{y}.png`,
        MAP_TIMEOUT_SECONDS: '8',
      },
      reuseExistingServer: false,
      timeout: 120_000,
      // SIGTERM lets the API stop its embedded PostgreSQL; SIGKILL would leave it running.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
