import * as z from "zod";
import { abuseFields } from "./abuse/env";
import { checkMail, mailFields } from "./mail/env";

// The server's environment, validated once. Kept apart from lib/env.ts (which is server-only) so
// the launch scripts can check the same rules before starting Next.

/** "true"/"1"/"yes" → true, "false"/"0"/"no" → false; env vars are strings, z.coerce.boolean is not. */
const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
    .default(fallback ? "true" : "false")
    .transform((v) => v === "true" || v === "1" || v === "yes");

// Used only outside production, so `npm run dev` works with no setup. Never valid in production.
const DEV_AUTH_SECRET = "ldn-intake-development-secret-do-not-use-in-production";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string({
        error: "DATABASE_URL is required: the postgres:// connection string of the app's database",
      })
      .regex(/^postgres(ql)?:\/\//, {
        error: "DATABASE_URL must be a postgres:// or postgresql:// connection string",
      }),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    // --- Behaviour under faults and load (lib/db.ts, scripts/start.ts) ---
    /** Longest wait for a pool connection (a new one, or a free one when all are busy). */
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    /** Postgres cancels any statement of the app's that runs longer (statement_timeout). */
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    /** Requests one instance works on at once; more are answered 503 at once instead of queued. */
    MAX_REQUESTS_IN_FLIGHT: z.coerce.number().int().min(1).max(100_000).default(200),
    /** On SIGTERM, how long in-flight requests and emails on the wire get before the exit. */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // --- Staff sign-in (lib/auth) ---
    AUTH_SECRET: z
      .string()
      .min(32, { error: "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)" })
      .optional(),
    AUTH_TRUST_HOST: flag(true),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    REQUIRE_ADMIN_MFA: flag(false),
    // --- Patient reply links (lib/dal/reply-links.ts) ---
    REPLY_LINK_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    ...abuseFields,
    ...mailFields,
  })
  .transform((e, ctx) => {
    const mail = checkMail(e, ctx);
    // A fixed development secret is convenient locally and a forged-session hole in production.
    if (e.AUTH_SECRET) return { ...e, ...mail, AUTH_SECRET: e.AUTH_SECRET };
    if (e.NODE_ENV === "production") {
      ctx.addIssue({
        code: "custom",
        message: "AUTH_SECRET is required in production (at least 32 random characters)",
      });
      return z.NEVER;
    }
    return { ...e, ...mail, AUTH_SECRET: DEV_AUTH_SECRET };
  });

export type Env = z.output<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.message}`);
    throw new Error(`Invalid configuration (see .env.example):\n${lines.join("\n")}`);
  }
  return result.data;
}
