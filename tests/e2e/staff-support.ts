import { randomBytes, randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { hashPassword } from "../../lib/password";
import { exampleAssessment } from "../../lib/validations/assessment/example";
import type { Challenge } from "altcha-lib";
import { solvePayload } from "../support/proof-of-work";
import { query } from "./support";

// Staff accounts and patient submissions for the dashboard specs. Accounts are inserted straight
// into the E2E database with a real argon2id hash (the same function the app verifies with); the
// sign-in itself always goes through the real /login form.

export type Role = "ADMIN" | "PHYSICIAN";
export type Staff = { id: string; email: string; name: string; role: Role; password: string };

/** Passes the password policy (12+ characters, not a common password). */
export const STAFF_PASSWORD = "e2e-staff-password-7Qx!";

let sharedHash: Promise<string> | undefined;

export async function createStaff(
  role: Role,
  options: { name?: string; password?: string } = {},
): Promise<Staff> {
  const id = randomUUID();
  const email = `${role.toLowerCase()}-${id.slice(0, 8)}@clinic.example`;
  const name = options.name ?? (role === "ADMIN" ? "Avery Admin" : "Dr. Morgan Lee");
  const password = options.password ?? STAFF_PASSWORD;
  // argon2id at the app's parameters takes a while: hash the shared password once per worker.
  const hash = options.password ? hashPassword(password) : (sharedHash ??= hashPassword(password));
  await query(
    `INSERT INTO "user" (id, email, name, role, password_hash, updated_at)
     VALUES ($1, $2, $3, $4, $5, now())`,
    [id, email, name, role, await hash],
  );
  return { id, email, name, role, password };
}

/**
 * Every browser context gets its own client address (the app trusts X-Forwarded-For from its
 * proxy): the brute-force test's failures then lock only its own address, not the whole run's.
 */
export async function giveOwnAddress(context: BrowserContext): Promise<string> {
  const bytes = randomBytes(3);
  const ip = `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": ip });
  return ip;
}

/** /login with the form hydrated, so typing lands in React state and not in a dead DOM. */
export async function openLogin(page: Page, path = "/login"): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
  await page.waitForFunction(() => {
    const form = document.querySelector("main form");
    return form !== null && Object.keys(form).some((key) => key.startsWith("__reactFiber$"));
  });
}

/**
 * Fills and submits the /login form and waits for the server action's answer (a repeated error
 * message looks the same before and after, so the text alone cannot tell the attempt finished).
 */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse(
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login",
  );
  await page.getByRole("button", { name: "Sign in" }).click();
  await answered;
}

/** Signs in through the real form and waits for the queue. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await openLogin(page);
  await submitLogin(page, email, password);
  await page.waitForURL((url) => url.pathname === "/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Queue" })).toBeVisible();
}

/**
 * Signs `staff` in within a fresh browser context and returns that context's request client, which
 * shares the browser's cookie jar: API calls carry exactly the session cookie the form set.
 */
export async function signedInRequest(
  context: BrowserContext,
  staff: Staff,
): Promise<APIRequestContext> {
  await giveOwnAddress(context);
  const page = await context.newPage();
  await signIn(page, staff.email, staff.password);
  const cookies = await context.cookies();
  expect(cookies.some((c) => c.name.includes("authjs.session-token"))).toBe(true);
  await page.close();
  return context.request;
}

export type Patient = {
  id: string;
  reference: string;
  firstName: string;
  lastName: string;
  email: string;
  dateOfBirth: string;
};

/** Letters only: names must pass the intake's name rules and be unique to this run. */
export function uniqueName(prefix: string): string {
  const letters = "abcdefghijkmnopqrstuvwxyz";
  const tail = Array.from(randomBytes(8), (b) => letters[b % letters.length]).join("");
  return `${prefix}${tail}`;
}

/** A complete, valid assessment (the OpenAPI example) for a patient with these details. */
export function assessmentPayload(firstName: string, lastName: string, email: string) {
  return {
    ...exampleAssessment,
    about: { ...exampleAssessment.about, firstName, lastName, email },
    consent: { ...exampleAssessment.consent, signature: `${firstName} ${lastName}` },
  };
}

/**
 * The body with a solved proof-of-work challenge, as an API client sends it while the server runs
 * with PUBLIC_FORM_PROOF_OF_WORK=on (the e2e server does).
 */
export async function withProofOfWork<T extends object>(
  request: APIRequestContext,
  payload: T,
): Promise<T & { altcha: string }> {
  const response = await request.get("/api/assessments/challenge");
  expect(response.status()).toBe(200);
  return { ...payload, altcha: await solvePayload((await response.json()) as Challenge) };
}

/** A patient submission through the public intake API (the route the wizard posts to). */
export async function submitAssessment(request: APIRequestContext): Promise<Patient> {
  const firstName = uniqueName("Quilla");
  const lastName = uniqueName("Vantrow");
  const email = `${firstName.toLowerCase()}@example.com`;
  const response = await request.post("/api/assessments", {
    data: await withProofOfWork(request, assessmentPayload(firstName, lastName, email)),
  });
  expect(response.status(), await response.text()).toBe(201);
  // The patient's receipt carries only the reference; staff URLs need the row's id.
  const { reference } = (await response.json()) as { reference: string };
  return {
    id: await submissionId(reference),
    reference,
    firstName,
    lastName,
    email,
    dateOfBirth: exampleAssessment.about.dateOfBirth,
  };
}

export async function submissionId(reference: string): Promise<string> {
  const rows = await query<{ id: string }>("SELECT id FROM submission WHERE reference = $1", [
    reference,
  ]);
  expect(rows, `one submission with reference ${reference}`).toHaveLength(1);
  return rows[0]!.id;
}

/** The patient's identifying data in every form a response could show it. */
export function phiStrings(patient: Patient): string[] {
  const dob = new Date(`${patient.dateOfBirth}T00:00:00Z`);
  const long = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
  return [
    patient.firstName,
    patient.lastName,
    patient.email,
    patient.reference,
    patient.dateOfBirth,
    long.format(dob),
  ];
}

/** Fails listing which identifying value appeared in a refusal. */
export function expectNoPhi(body: string, patient: Patient, context: string): void {
  const leaked = phiStrings(patient).filter((value) =>
    body.toLowerCase().includes(value.toLowerCase()),
  );
  expect(leaked, `patient data in ${context}`).toEqual([]);
}
