import { randomUUID } from "node:crypto";
import pg from "pg";
import { RateLimiterRes } from "rate-limiter-flexible";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/assessments/route";
import { createLimiter, limiterSpecs } from "@/lib/abuse/limits";
import { exampleAssessment } from "@/lib/validations/assessment/example";
import { countSubmissions, query } from "../support/db";

// The public form's limits as an attacker meets them, against real Postgres: a flood from one
// client address, a flood naming one victim's email, a honeypot. The proof of work is off here
// (tests/integration/proof-of-work.test.ts covers it); env() is read lazily, so these win over
// tests/support/integration-env.ts.
process.env.ASSESSMENT_RATE_LIMIT_PER_HOUR = "10";
process.env.CONFIRMATION_EMAILS_PER_ADDRESS_PER_DAY = "3";
process.env.PRACTICE_INBOX = "inbox@clinic.example";
process.env.TRUSTED_PROXY_HOPS = "1";

const URL = "http://localhost/api/assessments";

function post(
  body: unknown,
  { from, key, forged = "6.6.6.6" }: { from: string; key?: string; forged?: string },
) {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    // The left end is written by the client; the load balancer appends the real peer.
    "x-forwarded-for": `${forged}, ${from}`,
  };
  if (key) headers["idempotency-key"] = key;
  return POST(new Request(URL, { method: "POST", body: JSON.stringify(body), headers }));
}

const patient = (email = "jordan.rivera@example.com") => ({
  ...exampleAssessment,
  about: { ...exampleAssessment.about, email },
});

const emails = (kind: string, to?: string) =>
  query<{ n: string }>(
    `SELECT count(*)::text AS n FROM outbox_email WHERE kind = $1 AND ($2::text IS NULL OR "to" = $2)`,
    [kind, to ?? null],
  ).then((rows) => Number(rows[0]?.n));

beforeEach(async () => {
  await query("TRUNCATE submission, outbox_email, rate_limit CASCADE");
});

describe("ASSESSMENT_RATE_LIMIT_PER_HOUR", () => {
  it("answers 429 with Retry-After after 10 accepted submissions from one address, whatever first hops it forges, while another address is unaffected", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 13; i++) {
      const response = await post(patient(`flood${i}@example.com`), {
        from: "203.0.113.7",
        forged: `10.9.${i}.1`,
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(3500);
        expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(3600);
        expect(await response.json()).toEqual({
          error: "rate_limited",
          message: expect.stringMatching(/too many/i),
        });
      }
    }
    expect(statuses).toEqual([...Array(10).fill(201), 429, 429, 429]);
    expect(await countSubmissions()).toBe(10);

    const other = await post(patient("someone.else@example.com"), { from: "198.51.100.23" });
    expect(other.status).toBe(201);
    expect(await countSubmissions()).toBe(11);
  });

  it("counts only accepted submissions: invalid ones and idempotent replays cost nothing", async () => {
    const from = "203.0.113.40";
    for (let i = 0; i < 15; i++) {
      const bad = await post(
        { ...patient(), about: { ...patient().about, email: "nope" } },
        { from },
      );
      expect(bad.status).toBe(400);
    }
    const key = randomUUID();
    for (let i = 0; i < 5; i++) expect((await post(patient(), { from, key })).status).toBe(201);
    for (let i = 0; i < 9; i++)
      expect((await post(patient(`p${i}@example.com`), { from })).status).toBe(201);
    // 1 keyed + 9 = 10 accepted: the 11th new one is refused, a replay of the first still answers.
    expect((await post(patient("eleventh@example.com"), { from })).status).toBe(429);
    const replay = await post(patient(), { from, key });
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await countSubmissions()).toBe(10);
  });

  it("is one count for every instance: two limiters on their own pools share the Postgres row", async () => {
    const pools = [0, 1].map(() => new pg.Pool({ connectionString: process.env.DATABASE_URL }));
    try {
      const [a, b] = pools.map((pool) => createLimiter(pool, limiterSpecs.assessment(4))) as [
        ReturnType<typeof createLimiter>,
        ReturnType<typeof createLimiter>,
      ];
      await a.consume("192.0.2.9");
      await b.consume("192.0.2.9");
      await a.consume("192.0.2.9");
      await b.consume("192.0.2.9");
      await expect(a.consume("192.0.2.9")).rejects.toBeInstanceOf(RateLimiterRes);
      await expect(b.consume("192.0.2.9")).rejects.toBeInstanceOf(RateLimiterRes);
      await expect(b.consume("192.0.2.10")).resolves.toBeInstanceOf(RateLimiterRes);
      const [row] = await query<{ points: number }>(
        "SELECT points FROM rate_limit WHERE key = 'assessment-ip:192.0.2.9'",
      );
      expect(row?.points).toBeGreaterThanOrEqual(4);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });
});

describe("CONFIRMATION_EMAILS_PER_ADDRESS_PER_DAY", () => {
  it("mails one victim at most 3 confirmations for 10 submissions, yet stores all 10 and alerts the practice each time", async () => {
    const victim = "victim@example.com";
    for (let i = 0; i < 10; i++) {
      // Spread over addresses, and over spellings of the same address.
      const spelling = i % 2 ? "Victim@Example.com" : victim;
      const response = await post(patient(spelling), { from: `192.0.2.${i + 1}` });
      expect(response.status).toBe(201);
    }
    expect(await countSubmissions()).toBe(10);
    expect(await emails("submission_received", victim)).toBe(3);
    expect(await emails("practice_new_submission")).toBe(10);

    // Another patient is mailed as usual.
    expect((await post(patient("another@example.com"), { from: "192.0.2.50" })).status).toBe(201);
    expect(await emails("submission_received", "another@example.com")).toBe(1);
  });

  it("keeps no email address in the counters table", async () => {
    await post(patient("private.person@example.com"), { from: "192.0.2.77" });
    const keys = await query<{ key: string }>("SELECT key FROM rate_limit");
    expect(keys.map((k) => k.key)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^confirmation-email:[0-9a-f]{64}$/)]),
    );
    expect(JSON.stringify(keys)).not.toMatch(/private|example\.com/);
  });
});

describe("the honeypot", () => {
  it("refuses a filled-in hidden field with a field error and stores nothing", async () => {
    const response = await post(
      { ...patient(), website: "http://spam.example" },
      {
        from: "203.0.113.99",
      },
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: "validation",
      fields: { website: "Leave this field empty." },
    });
    expect(await countSubmissions()).toBe(0);
    expect(await emails("submission_received")).toBe(0);
    expect((await post({ ...patient(), website: "" }, { from: "203.0.113.99" })).status).toBe(201);
  });
});

afterAll(async () => {
  await query("TRUNCATE rate_limit");
});
