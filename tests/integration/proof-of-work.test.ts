import { randomUUID } from "node:crypto";
import type { Challenge } from "altcha-lib";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/assessments/challenge/route";
import { POST } from "@/app/api/assessments/route";
import { exampleAssessment } from "@/lib/validations/assessment/example";
import { countSubmissions, query } from "../support/db";
import { solvePayload } from "../support/proof-of-work";

// PUBLIC_FORM_PROOF_OF_WORK=on: a submission needs a solved, unexpired, unused ALTCHA challenge.
process.env.PUBLIC_FORM_PROOF_OF_WORK = "on";

const post = (body: unknown, headers: Record<string, string> = {}) =>
  POST(
    new Request("http://localhost/api/assessments", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", ...headers },
    }),
  );

async function challenge(): Promise<Challenge> {
  const response = await GET();
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return (await response.json()) as Challenge;
}

const altchaError = async (response: Response) => {
  expect(response.status).toBe(400);
  const body = (await response.json()) as { error: string; fields: Record<string, string> };
  expect(body.error).toBe("validation");
  return body.fields.altcha;
};

beforeEach(async () => {
  await query("TRUNCATE submission, outbox_email, used_challenge CASCADE");
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the proof of work on POST /api/assessments", () => {
  it("serves a signed challenge that expires, without caching", async () => {
    const c = await challenge();
    expect(c.parameters.algorithm).toBe("PBKDF2/SHA-256");
    expect(c.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(c.parameters.expiresAt! * 1000).toBeGreaterThan(Date.now() + 60 * 60_000);
    expect((await challenge()).parameters.nonce).not.toBe(c.parameters.nonce);
  });

  it("refuses a submission without a solution, with a field error, and stores nothing", async () => {
    expect(await altchaError(await post(exampleAssessment))).toMatch(/anti-spam/);
    expect(await altchaError(await post({ ...exampleAssessment, altcha: "" }))).toMatch(
      /anti-spam/,
    );
    expect(await altchaError(await post({ ...exampleAssessment, altcha: "garbage" }))).toMatch(
      /did not pass/,
    );
    expect(await altchaError(await post({ ...exampleAssessment, altcha: 42 }))).toMatch(
      /did not pass/,
    );
    expect(await countSubmissions()).toBe(0);
  });

  it("refuses a wrong solution and a challenge whose parameters were changed", async () => {
    const c = await challenge();
    const payload = JSON.parse(Buffer.from(await solvePayload(c), "base64").toString());
    // The derived key is the proof (its HMAC is in the signed challenge): any other key fails.
    const key = payload.solution.derivedKey as string;
    const wrong = {
      ...payload,
      solution: {
        ...payload.solution,
        derivedKey: key.slice(0, -1) + (key.endsWith("0") ? "1" : "0"),
      },
    };
    const easier = {
      ...payload,
      challenge: { ...payload.challenge, parameters: { ...payload.challenge.parameters, cost: 1 } },
    };
    for (const forged of [wrong, easier]) {
      const altcha = Buffer.from(JSON.stringify(forged)).toString("base64");
      expect(await altchaError(await post({ ...exampleAssessment, altcha }))).toMatch(
        /did not pass/,
      );
    }
    expect(await countSubmissions()).toBe(0);
  });

  it("accepts a valid solution once; the same solution again is refused", async () => {
    const altcha = await solvePayload(await challenge());
    expect((await post({ ...exampleAssessment, altcha })).status).toBe(201);
    const again = {
      ...exampleAssessment,
      about: { ...exampleAssessment.about, email: "x@example.com" },
    };
    expect(await altchaError(await post({ ...again, altcha }))).toMatch(/already used/);
    expect(await countSubmissions()).toBe(1);
    // The solution is not stored with the answers.
    const [row] = await query<{ answers: Record<string, unknown> }>(
      "SELECT answers FROM submission",
    );
    expect(row?.answers).not.toHaveProperty("altcha");
  });

  it("lets an Idempotency-Key retry of a stored submission through with its used solution", async () => {
    const altcha = await solvePayload(await challenge());
    const key = randomUUID();
    expect((await post({ ...exampleAssessment, altcha }, { "idempotency-key": key })).status).toBe(
      201,
    );
    const retry = await post({ ...exampleAssessment, altcha }, { "idempotency-key": key });
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
  });

  it("refuses an expired challenge", async () => {
    const altcha = await solvePayload(await challenge());
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 3 * 60 * 60_000);
    expect(await altchaError(await post({ ...exampleAssessment, altcha }))).toMatch(/expired/);
    expect(await countSubmissions()).toBe(0);
  });
});
