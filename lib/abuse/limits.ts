import "server-only";
import type pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { emailKey } from "@/lib/abuse/keys";
import { pgPool } from "@/lib/db";
import { env } from "@/lib/env";

// The public form's abuse limits, counted by rate-limiter-flexible in Postgres (table rate_limit,
// created by a migration) so every app instance shares one count. Each limit takes a point when
// a submission is about to be stored and gives it back when nothing was stored, so only accepted
// submissions count: a 400, an idempotent replay or a failed insert costs nothing.

const HOUR = 3600;
const DAY = 24 * HOUR;

export type LimiterSpec = { keyPrefix: string; points: number; duration: number };

/** A limiter on the shared table; a second instance (or app process) with the same spec shares counts. */
export function createLimiter(pool: pg.Pool, spec: LimiterSpec): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: "rate_limit",
    tableCreated: true,
    ...spec,
  });
}

export const limiterSpecs = {
  /** Accepted assessments per client address per hour (ASSESSMENT_RATE_LIMIT_PER_HOUR). */
  assessment: (points: number): LimiterSpec => ({
    keyPrefix: "assessment-ip",
    points,
    duration: HOUR,
  }),
  /** Confirmation emails per patient address per day (CONFIRMATION_EMAILS_PER_ADDRESS_PER_DAY). */
  confirmation: (points: number): LimiterSpec => ({
    keyPrefix: "confirmation-email",
    points,
    duration: DAY,
  }),
};

// Limiters hold no counts themselves (Postgres does), so a module-level cache is enough.
let cached: { assessment: RateLimiterPostgres | null; confirmation: RateLimiterPostgres | null };

/** The process's limiters; null when a limit is configured as 0 (off). */
function limiters() {
  if (!cached) {
    const e = env();
    const make = (spec: LimiterSpec) => (spec.points > 0 ? createLimiter(pgPool(), spec) : null);
    cached = {
      assessment: make(limiterSpecs.assessment(e.ASSESSMENT_RATE_LIMIT_PER_HOUR)),
      confirmation: make(limiterSpecs.confirmation(e.CONFIRMATION_EMAILS_PER_ADDRESS_PER_DAY)),
    };
  }
  return cached;
}

export type Point =
  { taken: true; give: () => Promise<void> } | { taken: false; retryAfter: number };

const NOTHING_TO_GIVE = async () => {};

/** Takes one point from `key`; over the limit, says how many seconds until the window ends. */
export async function takePoint(limiter: RateLimiterPostgres | null, key: string): Promise<Point> {
  if (!limiter) return { taken: true, give: NOTHING_TO_GIVE };
  try {
    await limiter.consume(key);
    return { taken: true, give: () => limiter.reward(key).then(() => undefined) };
  } catch (outcome) {
    // Over the limit the library rejects with its result; anything else is a database error.
    if (!(outcome instanceof RateLimiterRes)) throw outcome;
    return { taken: false, retryAfter: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
  }
}

/** One accepted assessment from this client address, if its hourly allowance has room. */
export function takeAssessmentPoint(ip: string): Promise<Point> {
  return takePoint(limiters().assessment, ip);
}

/** One confirmation email to this address, if today's allowance has room. */
export function takeConfirmationPoint(email: string): Promise<Point> {
  return takePoint(limiters().confirmation, emailKey(email));
}
