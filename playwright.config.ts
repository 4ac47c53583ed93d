import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The browser tests' own ingest token (the test server is local and throwaway). */
export const E2E_INGEST_TOKEN = 'e2e-ingest-token-0123456789';

/**
 * Browser tests of what a person does: view, share, embed. They run against the production build
 * (`next build` first) with a database of its own: the seeds plus e2e/fixtures.
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  // Specs that only read the seeded database run first; the ingest spec adds articles to it, so it runs after them.
  projects: [
    { name: 'read', testIgnore: /ingest\.spec\.ts/ },
    { name: 'write', testMatch: /ingest\.spec\.ts/, dependencies: ['read'] },
  ],
  webServer: {
    command: `rm -f .cache/e2e.sqlite* && npx tsx scripts/ingest.ts seeds e2e/fixtures; npx next start -p ${PORT}`,
    url: `http://localhost:${PORT}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { DATABASE_URL: 'file:.cache/e2e.sqlite', NEXT_TELEMETRY_DISABLED: '1', INGEST_TOKEN: E2E_INGEST_TOKEN },
  },
});
