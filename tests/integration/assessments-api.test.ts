import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/assessments/route";
import { exampleAssessment } from "@/lib/validations/assessment/example";
import { flagDefinitions } from "@/lib/triage/flags";
import { countSubmissions, query } from "../support/db";

const URL = "http://localhost/api/assessments";

/** Confirmation emails queued in the outbox (the practice alert is off: PRACTICE_INBOX is unset). */
async function queuedConfirmations(): Promise<{ to: string; reference: string }[]> {
  return query(
    `SELECT "to", payload->>'reference' AS reference FROM outbox_email WHERE kind = 'submission_received'`,
  );
}

function post(body: BodyInit | null, headers: Record<string, string> = {}): Promise<Response> {
  return POST(
    new Request(URL, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...headers },
    }),
  );
}
const postJson = (value: unknown, headers: Record<string, string> = {}) =>
  post(JSON.stringify(value), headers);

/** The example with one change applied at a dotted path ("about.email"); `undefined` deletes. */
function withChange(path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(exampleAssessment) as Record<string, unknown>;
  const keys = path.split(".");
  const last = keys.pop()!;
  let target = copy;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

beforeEach(async () => {
  await query("TRUNCATE submission, outbox_email CASCADE");
});

describe("POST /api/assessments", () => {
  it("stores the documented example and answers 201 with a reference", async () => {
    const response = await postJson(exampleAssessment);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.reference).toMatch(/^LDN-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    const rows = await query<Record<string, unknown>>("SELECT * FROM submission");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      reference: body.reference,
      status: "NEW",
      email: "jordan.rivera@example.com",
      primary_condition: "fibromyalgia",
      state: "TX",
      flags: [],
      priority: 0,
    });
    expect(await queuedConfirmations()).toEqual([
      { to: "jordan.rivera@example.com", reference: body.reference },
    ]);
  });

  it("computes triage flags and priority on the server", async () => {
    const payload = withChange("medications.opioidUse", "current");
    (payload.medications as Record<string, unknown>).opioidDetails =
      "Tramadol 50 mg, last dose yesterday";
    (payload.medications as Record<string, unknown>).thyroidMedication = "yes";
    const response = await postJson(payload);
    expect(response.status).toBe(201);
    const [row] = await query<{ flags: string[]; priority: number }>(
      "SELECT flags, priority FROM submission",
    );
    expect(row?.flags).toEqual(["opioid_use", "thyroid_medication"]);
    expect(row?.priority).toBe(flagDefinitions.opioid_use.weight + 1);
  });

  it("drops unknown fields instead of storing them", async () => {
    const response = await postJson({
      ...exampleAssessment,
      isAdmin: true,
      about: { ...exampleAssessment.about, role: "x" },
    });
    expect(response.status).toBe(201);
    const [row] = await query<{ answers: Record<string, unknown> }>(
      "SELECT answers FROM submission",
    );
    expect(row?.answers).not.toHaveProperty("isAdmin");
    expect(row?.answers.about).not.toHaveProperty("role");
  });

  it("stores SQL-looking text verbatim", async () => {
    const text = "'); DROP TABLE submission; -- and 1=1 OR ''='";
    const response = await postJson(withChange("symptoms.mainSymptoms", text));
    expect(response.status).toBe(201);
    const [row] = await query<{ answers: { symptoms: { mainSymptoms: string } } }>(
      "SELECT answers FROM submission",
    );
    expect(row?.answers.symptoms.mainSymptoms).toBe(text);
  });

  const huge = "x".repeat(5000);
  const invalid: [string, () => Promise<Response>, number, string?][] = [
    ["invalid JSON", () => post("{ not json"), 400, "_root"],
    ["an empty body", () => post(""), 400, "_root"],
    ["a JSON array", () => postJson([exampleAssessment]), 400, "_root"],
    ["a JSON string", () => postJson("hello"), 400, "_root"],
    [
      "a text/plain body",
      () => post(JSON.stringify(exampleAssessment), { "content-type": "text/plain" }),
      415,
    ],
    [
      "a form-encoded body",
      () => post("a=1", { "content-type": "application/x-www-form-urlencoded" }),
      415,
    ],
    [
      "a body over 64 KB",
      () => postJson({ ...exampleAssessment, padding: "x".repeat(70_000) }),
      413,
    ],
    ["a missing section", () => postJson(withChange("medications", undefined)), 400, "medications"],
    [
      "a missing required field",
      () => postJson(withChange("about.email", undefined)),
      400,
      "about.email",
    ],
    [
      "an invalid email",
      () => postJson(withChange("about.email", "not-an-email")),
      400,
      "about.email",
    ],
    [
      "a number given as a string",
      () => postJson(withChange("symptoms.scores.pain", "7")),
      400,
      "symptoms.scores.pain",
    ],
    [
      "a score out of range",
      () => postJson(withChange("symptoms.scores.fatigue", 11)),
      400,
      "symptoms.scores.fatigue",
    ],
    [
      "a boolean where a choice is expected",
      () => postJson(withChange("medications.opioidUse", true)),
      400,
      "medications.opioidUse",
    ],
    [
      "an unknown choice",
      () => postJson(withChange("condition.primaryCondition", "flu")),
      400,
      "condition.primaryCondition",
    ],
    ["a huge string", () => postJson(withChange("goals.goals", huge)), 400, "goals.goals"],
    [
      "a script tag in a name",
      () => postJson(withChange("about.firstName", "<script>alert(1)</script>")),
      400,
      "about.firstName",
    ],
    [
      "a NUL character",
      () => postJson(withChange("symptoms.mainSymptoms", "pain\u0000")),
      400,
      "symptoms.mainSymptoms",
    ],
    [
      "an impossible date",
      () => postJson(withChange("about.dateOfBirth", "1990-02-30")),
      400,
      "about.dateOfBirth",
    ],
    [
      "an under-18 patient",
      () => postJson(withChange("about.dateOfBirth", `${new Date().getUTCFullYear() - 10}-01-01`)),
      400,
      "about.dateOfBirth",
    ],
    [
      "a state outside the licence",
      () => postJson(withChange("about.state", "CA")),
      400,
      "about.state",
    ],
    [
      "an unchecked consent",
      () => postJson(withChange("consent.privacy", false)),
      400,
      "consent.privacy",
    ],
    [
      "a signature that is not the patient's name",
      () => postJson(withChange("consent.signature", "Someone Else")),
      400,
      "consent.signature",
    ],
    ["a wrong form version", () => postJson(withChange("formVersion", 99)), 400, "formVersion"],
    [
      "an opioid answer without details",
      () => postJson(withChange("medications.opioidUse", "recent")),
      400,
      "medications.opioidDetails",
    ],
    [
      "an invalid Idempotency-Key",
      () => postJson(exampleAssessment, { "idempotency-key": "has spaces in it" }),
      400,
      "Idempotency-Key",
    ],
  ];

  it.each(invalid)(
    "rejects %s with a 4xx, a clear message and no row",
    async (_name, send, status, field) => {
      const response = await send();
      expect(response.status).toBe(status);
      const body = await response.json();
      expect(typeof body.error).toBe("string");
      expect(typeof body.message).toBe("string");
      if (field) {
        expect(body.error).toBe("validation");
        expect(typeof body.fields[field]).toBe("string");
      }
      expect(await countSubmissions()).toBe(0);
      expect(await queuedConfirmations()).toEqual([]);
    },
  );

  it("returns the same 201 for a retried Idempotency-Key and stores one row", async () => {
    const key = randomUUID();
    const first = await postJson(exampleAssessment, { "idempotency-key": key });
    const second = await postJson(exampleAssessment, { "idempotency-key": key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    const firstBody = await first.json();
    expect(await second.json()).toEqual(firstBody);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await countSubmissions()).toBe(1);
    // A replay answers from the stored row and queues nothing: the patient gets one confirmation.
    expect(await queuedConfirmations()).toEqual([
      { to: "jordan.rivera@example.com", reference: firstBody.reference },
    ]);
  });

  it("stores exactly one row for 10 concurrent requests with one key", async () => {
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => postJson(exampleAssessment, { "idempotency-key": key })),
    );
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(bodies.map((b) => b.reference)).size).toBe(1);
    expect(await countSubmissions()).toBe(1);
    expect(await queuedConfirmations()).toEqual([
      { to: "jordan.rivera@example.com", reference: bodies[0].reference },
    ]);
  });

  it("refuses a reused key with a different body", async () => {
    const key = randomUUID();
    await postJson(exampleAssessment, { "idempotency-key": key });
    const response = await postJson(withChange("goals.goals", "Something different"), {
      "idempotency-key": key,
    });
    expect(response.status).toBe(409);
    expect(await countSubmissions()).toBe(1);
    expect(await queuedConfirmations()).toHaveLength(1);
  });
});
