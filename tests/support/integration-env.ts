import { inject } from "vitest";

// lib/db reads DATABASE_URL lazily, on first use, so setting it here points every test at the
// fresh database made by global-setup.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX ??= "10";
// The public form's abuse defences are off for tests that post many assessments from one address
// and one email; tests/integration/abuse-limits.test.ts and proof-of-work.test.ts switch them on.
process.env.PUBLIC_FORM_PROOF_OF_WORK = "off";
process.env.ASSESSMENT_RATE_LIMIT_PER_HOUR = "0";
process.env.CONFIRMATION_EMAILS_PER_ADDRESS_PER_DAY = "0";
