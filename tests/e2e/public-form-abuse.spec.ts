import { randomInt } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { exampleAssessment } from "../../lib/validations/assessment/example";
import {
  aboutAnswers,
  answerUpToReview,
  openAssessment,
  signAndAgree,
  submitAndReadReference,
} from "./assessment-support";
import { assessmentPayload, createStaff, uniqueName, withProofOfWork } from "./staff-support";
import { expectAccessible, query } from "./support";

// The production server as deployed (PUBLIC_FORM_PROOF_OF_WORK=on, TRUSTED_PROXY_HOPS=1 — the
// defaults): the wizard solves the proof of work in Chromium, API posts without one are refused,
// and forged X-Forwarded-For first hops neither escape nor aim the sign-in throttle.

test("the wizard solves the proof of work in the background and submits in Chromium", async ({
  page,
}) => {
  const used = async () =>
    Number((await query<{ n: string }>("SELECT count(*)::text AS n FROM used_challenge"))[0]?.n);
  const before = await used();
  const challenges: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/assessments/challenge") challenges.push(r.method());
  });
  const sent = page.waitForRequest(
    (r) => new URL(r.url()).pathname === "/api/assessments" && r.method() === "POST",
  );

  await openAssessment(page);
  const about = aboutAnswers();
  await answerUpToReview(page, about);
  await signAndAgree(page, about);
  // Nothing of the widget shows or speaks: the page is as accessible as before.
  await expectAccessible(page, "the review step with the proof of work solved in the background");
  const reference = await submitAndReadReference(page);

  expect(challenges).toEqual(["GET"]);
  const body = (await sent).postDataJSON() as { altcha?: string; website?: string };
  expect(body.altcha).toMatch(/^[A-Za-z0-9+/=]{100,}$/);
  expect(body.website).toBe("");
  expect(await used()).toBe(before + 1);
  const [row] = await query<{ answers: Record<string, unknown> }>(
    "SELECT answers FROM submission WHERE reference = $1",
    [reference],
  );
  expect(row?.answers).not.toHaveProperty("altcha");
  expect(row?.answers).not.toHaveProperty("website");
});

test("an API submission without a valid proof of work is refused with a field error", async ({
  request,
}) => {
  const first = uniqueName("Norma");
  const payload = assessmentPayload(
    first,
    uniqueName("Quist"),
    `${first.toLowerCase()}@example.com`,
  );
  const stored = () =>
    query("SELECT 1 FROM submission WHERE email = $1", [payload.about.email]).then((r) => r.length);

  for (const altcha of [undefined, "", "bm90IGEgc29sdXRpb24="]) {
    const response = await request.post("/api/assessments", { data: { ...payload, altcha } });
    expect(response.status()).toBe(400);
    const body = (await response.json()) as { error: string; fields: Record<string, string> };
    expect(body.error).toBe("validation");
    expect(body.fields.altcha).toMatch(/anti-spam/);
  }
  expect(await stored()).toBe(0);

  // Solved once, accepted once.
  const solved = await withProofOfWork(request, payload);
  expect((await request.post("/api/assessments", { data: solved })).status()).toBe(201);
  const again = await request.post("/api/assessments", { data: solved });
  expect(again.status()).toBe(400);
  expect(((await again.json()) as { fields: { altcha: string } }).fields.altcha).toMatch(
    /already used/,
  );
  expect(await stored()).toBe(1);

  // The honeypot: a value in the hidden field is refused, nothing stored.
  const trapped = await request.post("/api/assessments", {
    data: {
      ...(await withProofOfWork(request, exampleAssessment)),
      website: "https://spam.example",
    },
  });
  expect(trapped.status()).toBe(400);
  expect(((await trapped.json()) as { fields: { website: string } }).fields.website).toBeTruthy();
});

async function signInAttempt(
  request: APIRequestContext,
  forwardedFor: string,
  email: string,
  password: string,
): Promise<boolean> {
  const headers = { "X-Forwarded-For": forwardedFor };
  const { csrfToken } = (await (await request.get("/api/auth/csrf", { headers })).json()) as {
    csrfToken: string;
  };
  const response = await request.post("/api/auth/callback/credentials", {
    headers,
    form: { csrfToken, email, password },
    maxRedirects: 0,
  });
  return !(response.headers().location ?? "").includes("error=");
}

test("forged first X-Forwarded-For hops neither bypass the sign-in throttle nor land in the audit log", async ({
  playwright,
  baseURL,
}) => {
  const staff = await createStaff("PHYSICIAN");
  // The load balancer appends the real peer; everything left of it is the attacker's.
  const real = `203.0.113.${randomInt(1, 255)}`;
  const attacker = await playwright.request.newContext({ baseURL });
  const emails = Array.from(
    { length: 20 },
    (_, i) => `nobody${i}-${uniqueName("x")}@clinic.example`,
  );
  const forged = () => `${randomInt(1, 255)}.${randomInt(256)}.${randomInt(256)}.${randomInt(256)}`;
  try {
    // 20 failures over 20 accounts, each behind a fresh forged first hop: the address is locked.
    for (let i = 0; i < 20; i++)
      expect(
        await signInAttempt(attacker, `${forged()}, ${real}`, emails[i]!, "wrong-password-123"),
      ).toBe(false);
    // Even the right password is refused from that address, whatever it claims to be…
    expect(await signInAttempt(attacker, `${forged()}, ${real}`, staff.email, staff.password)).toBe(
      false,
    );
  } finally {
    await attacker.dispose();
  }
  const reasons = await query<{ reason: string; ip: string }>(
    `SELECT details->>'reason' AS reason, ip FROM audit_event
      WHERE action = 'auth.sign_in_failed' AND actor_email = $1`,
    [staff.email],
  );
  expect(reasons).toEqual([{ reason: "locked", ip: real }]);
  // …the audit log holds only the address the proxy saw, never a forged hop.
  const ips = await query<{ ip: string }>(
    `SELECT DISTINCT ip FROM audit_event WHERE action = 'auth.sign_in_failed' AND actor_email = ANY($1)`,
    [emails],
  );
  expect(ips).toEqual([{ ip: real }]);

  // …while the staff member signs in from their own address, even if that address is forged as a
  // first hop by the attacker (a victim's address cannot be locked out from the left end).
  const staffContext = await playwright.request.newContext({ baseURL });
  try {
    expect(
      await signInAttempt(
        staffContext,
        `${real}, 198.51.100.${randomInt(1, 255)}`,
        staff.email,
        staff.password,
      ),
    ).toBe(true);
  } finally {
    await staffContext.dispose();
  }
});
