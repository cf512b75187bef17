import { inject } from "vitest";

// lib/db reads DATABASE_URL lazily, on first use, so setting it here points every test at the
// fresh database made by global-setup.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX ??= "10";
