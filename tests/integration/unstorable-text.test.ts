import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/assessments/route";
import { exampleAssessment } from "@/lib/validations/assessment/example";
import { countSubmissions, query } from "../support/db";

// Text Postgres cannot store — a lone UTF-16 surrogate (rejected inside jsonb) or NUL (rejected in
// text and jsonb) — is a 400 naming the field, never a 500 from the database, in every answer.

/** Dotted paths of every string answer of the example ("about.firstName", …). */
function stringPaths(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

function withText(path: string, text: string): unknown {
  const copy = structuredClone(exampleAssessment) as Record<string, unknown>;
  const keys = path.split(".");
  const last = keys.pop()!;
  let target = copy;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  target[last] = `${String(target[last])}${text}`;
  return copy;
}

const post = (body: unknown) =>
  POST(
    new Request("http://localhost/api/assessments", {
      method: "POST",
      headers: { "content-type": "application/json" },
      // JSON.stringify writes a lone surrogate as the escape "\ud800", exactly as a client would.
      body: JSON.stringify(body),
    }),
  );

beforeEach(async () => {
  await query("TRUNCATE submission, outbox_email CASCADE");
});

describe("unstorable characters in the assessment", () => {
  const paths = stringPaths(exampleAssessment);

  it("covers the free-text answers", () => {
    expect(paths).toEqual(
      expect.arrayContaining(["about.firstName", "symptoms.mainSymptoms", "goals.goals"]),
    );
  });

  for (const [name, text] of [
    ["a lone high surrogate", "\ud800"],
    ["a lone low surrogate", "x\udc00y"],
    ["NUL", "\u0000"],
  ] as const) {
    it(`${name} in any answer is a 400 naming that answer, and nothing is stored`, async () => {
      for (const path of paths) {
        const response = await post(withText(path, text));
        expect(response.status, path).toBe(400);
        const body = (await response.json()) as { error: string; fields: Record<string, string> };
        expect(body.error, path).toBe("validation");
        expect(Object.keys(body.fields), path).toContain(path);
      }
      expect(await countSubmissions()).toBe(0);
    });
  }

  it("a surrogate pair (an emoji) is ordinary text", async () => {
    const response = await post(withText("goals.goals", " 🙂"));
    expect(response.status).toBe(201);
  });
});
