import { defineConfig, devices } from "@playwright/test";
import { PRACTICE_INBOX, SMTP_PORT } from "./tests/e2e/mail-support";

// End-to-end tests drive Debian's Chromium (browsers cannot be downloaded here) against the
// production build, started by scripts/test.ts on a fresh database (E2E_DATABASE_URL).
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  // One retry under CI; Playwright still reports a test that needed it as flaky.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // The same launcher as `npm start`: in-flight cap, 503 during outages, graceful SIGTERM.
    command: `node --import tsx scripts/start.ts`,
    url: `${baseURL}/api/openapi.json`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      PORT: String(port),
      DATABASE_POOL_MAX: "5",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? "",
      // Production refuses to start without one; this throwaway server only needs any 32+ chars.
      AUTH_SECRET:
        process.env.E2E_AUTH_SECRET ?? "e2e-only-auth-secret-not-used-anywhere-else-0123456789",
      // Real SMTP delivery by the in-process worker to a loopback port (see tests/e2e/mail-support.ts);
      // a short poll keeps the mail journey quick.
      MAIL_TRANSPORT: "smtp",
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      MAIL_POLL_MS: "200",
      PRACTICE_INBOX,
      APP_URL: baseURL,
      // The proof of work stays on, as in production: every wizard test solves it in Chromium and
      // the API helpers solve it with altcha-lib (tests/e2e/staff-support.ts). The suite submits
      // dozens of assessments from 127.0.0.1, so the hourly per-address limit is off here; it is
      // tested against Postgres in tests/integration/abuse-limits.test.ts.
      PUBLIC_FORM_PROOF_OF_WORK: "on",
      ASSESSMENT_RATE_LIMIT_PER_HOUR: "0",
    },
  },
});
