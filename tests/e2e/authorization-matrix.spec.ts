import { randomInt } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import {
  assessmentPayload,
  createStaff,
  expectNoPhi,
  signedInRequest,
  submitAssessment,
  type Patient,
  type Role,
  uniqueName,
  withProofOfWork,
} from "./staff-support";

// Who may call what, checked over HTTP against the production build. The route files and dashboard
// pages are read from disk: a new route or page without an entry below fails the first test, so
// nothing ships unclassified.

type Call = { data?: unknown; form?: Record<string, string> };
type ApiRule =
  | {
      access: "public";
      reason: string;
      anonymous: number;
      location?: RegExp;
      call: (p: Patient, request: APIRequestContext) => Call | Promise<Call>;
    }
  | { access: "staff"; PHYSICIAN: number; ADMIN: number; call: (p: Patient) => Call };

const reply = {
  likelihood: "POSSIBLY",
  benefits: "Less pain for some patients.",
  timeline: "Four to eight weeks.",
  considerations: "",
  message: "Let us talk it through at a visit.",
};

// Declaration order is call order within a role: the draft must exist before it is sent.
const apiRules: Record<string, ApiRule> = {
  "POST /api/assessments": {
    access: "public",
    reason: "the patient intake: patients have no accounts",
    anonymous: 201,
    call: async (_, request) => {
      const [first, last] = [uniqueName("Ostra"), uniqueName("Pellum")];
      const payload = assessmentPayload(first, last, `${first.toLowerCase()}@example.com`);
      return { data: await withProofOfWork(request, payload) };
    },
  },
  "GET /api/assessments/challenge": {
    access: "public",
    reason: "the proof-of-work challenge the public form solves: random, signed, no data",
    anonymous: 200,
    call: () => ({}),
  },
  "GET /api/openapi.json": {
    access: "public",
    reason: "the API description: schemas and examples, no data",
    anonymous: 200,
    call: () => ({}),
  },
  "GET /api/health/live": {
    access: "public",
    reason: "the load balancer's liveness probe: a fixed status, no data",
    anonymous: 200,
    call: () => ({}),
  },
  "GET /api/health/ready": {
    access: "public",
    reason: "the load balancer's readiness probe: three booleans, no data",
    anonymous: 200,
    call: () => ({}),
  },
  "POST /r/new-link/send": {
    access: "public",
    reason: "a patient asks for a fresh reply link; a match and a miss get the same answer",
    anonymous: 303,
    location: /^\/r\/new-link\?sent=1$/,
    call: (p) => ({ form: { email: p.email, dateOfBirth: "1990-01-01" } }),
  },
  "POST /r/[token]/verify": {
    access: "public",
    reason: "the date-of-birth gate of a patient's reply link: the token is the credential",
    anonymous: 303,
    // A well-formed token no link has: back to its own neutral page, nothing counted or revealed.
    location: /^\/r\/unknown[0-9a-f]{32}abcd$/,
    call: (p) => ({ form: { dateOfBirth: p.dateOfBirth } }),
  },
  "GET /api/submissions": { access: "staff", PHYSICIAN: 200, ADMIN: 200, call: () => ({}) },
  "GET /api/submissions/[id]": { access: "staff", PHYSICIAN: 200, ADMIN: 200, call: () => ({}) },
  "PATCH /api/submissions/[id]": {
    access: "staff",
    PHYSICIAN: 200,
    ADMIN: 200,
    call: () => ({ data: { status: "IN_REVIEW" } }),
  },
  "POST /api/submissions/[id]/notes": {
    access: "staff",
    PHYSICIAN: 201,
    ADMIN: 201,
    call: () => ({ data: { body: "Checked by the authorization matrix." } }),
  },
  // Medical advice is the physician's: an admin is refused even with a valid body.
  "PUT /api/submissions/[id]/reply": {
    access: "staff",
    PHYSICIAN: 200,
    ADMIN: 403,
    call: () => ({ data: reply }),
  },
  "POST /api/submissions/[id]/reply/send": {
    access: "staff",
    PHYSICIAN: 200,
    ADMIN: 403,
    // No body, but sent as JSON like every staff write (the CSRF guard refuses anything else).
    call: () => ({ data: {} }),
  },
  "GET /api/audit": { access: "staff", PHYSICIAN: 403, ADMIN: 200, call: () => ({}) },
};

/** Route files that are not the app's own endpoints but the sign-in machinery itself. */
const excludedRoutes: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "Auth.js's own endpoints (csrf, session, callbacks)",
};

type PageRule = {
  heading: (p: Patient) => string | RegExp;
  PHYSICIAN: 200 | 404;
  ADMIN: 200 | 404;
};
const pageRules: Record<string, PageRule> = {
  "/dashboard": { heading: () => "Queue", PHYSICIAN: 200, ADMIN: 200 },
  "/dashboard/account": { heading: () => "Your account", PHYSICIAN: 200, ADMIN: 200 },
  "/dashboard/audit": { heading: () => "Audit log", PHYSICIAN: 404, ADMIN: 200 },
  "/dashboard/outbox": { heading: () => "Email", PHYSICIAN: 200, ADMIN: 200 },
  "/dashboard/submissions/[id]": {
    heading: (p) => `${p.reference} · ${p.firstName} ${p.lastName}`,
    PHYSICIAN: 200,
    ADMIN: 200,
  },
  "/dashboard/templates": { heading: () => "Reply templates", PHYSICIAN: 200, ADMIN: 200 },
  "/dashboard/users": { heading: () => "Users", PHYSICIAN: 404, ADMIN: 200 },
};

// The repository root, whatever directory Playwright was started from.
const root = fileURLToPath(new URL("../../", import.meta.url));

/** Files called `name` under `dir`, as "app/…" paths relative to the repository root. */
function filesNamed(dir: string, name: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return filesNamed(relative, name);
    return entry.name === name ? [relative] : [];
  });
}

/** "app/api/submissions/[id]/route.ts" → ["GET /api/submissions/[id]", "PATCH …"]. */
function routeKeys(file: string): string[] {
  const source = readFileSync(path.join(root, file), "utf8");
  const url = withoutGroups(file).replace(/\/route\.ts$/, "");
  const methods = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\b/g))
    methods.add(m[1]!);
  for (const m of source.matchAll(/export\s+const\s+([A-Z]+)\s*=/g)) methods.add(m[1]!);
  for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}\s*=/g))
    for (const name of m[1]!.split(",")) methods.add(name.trim().split(/\s/)[0]!);
  const http = [...methods].filter((m) => /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(m));
  expect(http.length, `${file} exports no HTTP method`).toBeGreaterThan(0);
  return http.map((m) => `${m} ${url}`);
}

/** "app/(public)/r/[token]/verify/route.ts" → "/r/[token]/verify/route.ts": groups are not in URLs. */
const withoutGroups = (file: string) => file.replace(/^app/, "").replace(/\/\([^)]+\)/g, "");

/** "app/(dashboard)/dashboard/submissions/[id]/page.tsx" → "/dashboard/submissions/[id]". */
const pageUrl = (file: string) => withoutGroups(file).replace(/\/page\.tsx$/, "") || "/";

/** Real values for dynamic segments; an unknown segment fails loudly. */
function fill(url: string, p: Patient): string {
  const values: Record<string, string> = {
    id: p.id,
    token: `unknown${p.id.replaceAll("-", "")}abcd`,
  };
  return url.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = values[name];
    if (!value) throw new Error(`no test value for the [${name}] segment of ${url}`);
    return value;
  });
}

// Patient-facing routes limit requests per client address: this run uses an address of its own.
const headers = { "X-Forwarded-For": `10.99.${randomInt(256)}.${randomInt(256)}` };

async function callApi(request: APIRequestContext, key: string, rule: ApiRule, p: Patient) {
  const [method, url] = key.split(" ") as [string, string];
  return request.fetch(fill(url, p), {
    method,
    headers,
    ...(await rule.call(p, request)),
    maxRedirects: 0,
  });
}

test.describe("authorization matrix", () => {
  test("every route handler and dashboard page on disk has an expectation, and none is stale", () => {
    // Every route handler in the app, not only under app/api: each one is an endpoint.
    const routeFiles = filesNamed("app", "route.ts");
    const keys = routeFiles
      .filter((f) => !(f in excludedRoutes))
      .flatMap(routeKeys)
      .sort();
    expect(keys, "classify new routes in apiRules").toEqual(Object.keys(apiRules).sort());
    for (const file of Object.keys(excludedRoutes)) expect(routeFiles).toContain(file);

    const pages = filesNamed("app/(dashboard)", "page.tsx").map(pageUrl).sort();
    expect(pages, "classify new pages in pageRules").toEqual(Object.keys(pageRules).sort());
  });

  test("without a session: staff routes answer 401 JSON without patient data, pages go to /login", async ({
    request,
  }) => {
    const patient = await submitAssessment(request);
    for (const [key, rule] of Object.entries(apiRules)) {
      const response = await callApi(request, key, rule, patient);
      const body = await response.text();
      if (rule.access === "public") {
        expect(response.status(), `${key} (public: ${rule.reason})`).toBe(rule.anonymous);
        if (rule.location) expect(response.headers().location, key).toMatch(rule.location);
        continue;
      }
      expect(response.status(), key).toBe(401);
      expect(response.headers()["content-type"], key).toContain("application/json");
      expect(JSON.parse(body), key).toMatchObject({ error: "unauthenticated" });
      expectNoPhi(body, patient, `anonymous ${key}`);
    }
    for (const url of Object.keys(pageRules)) {
      const response = await request.get(fill(url, patient), { maxRedirects: 0 });
      expect(response.status(), url).toBe(307);
      const location = new URL(response.headers().location ?? "", "http://app.invalid");
      expect(location.pathname, url).toBe("/login");
      expect(location.searchParams.get("next"), url).toBe(fill(url, patient));
      expectNoPhi(await response.text(), patient, `anonymous ${url}`);
    }
  });

  test("a forged or foreign session cookie is treated as no session", async ({ request }) => {
    const forged = "authjs.session-token=eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0.";
    const patient = await submitAssessment(request);
    const response = await request.get(`/api/submissions/${patient.id}`, {
      headers: { Cookie: forged },
    });
    expect(response.status()).toBe(401);
    expectNoPhi(await response.text(), patient, "forged cookie");
    // The cookie gets past the proxy's optimistic check; each page then refuses by itself.
    for (const url of Object.keys(pageRules)) {
      const page = await request.get(fill(url, patient), {
        headers: { Cookie: forged },
        maxRedirects: 0,
      });
      expect(page.status(), url).toBe(307);
      const location = new URL(page.headers().location ?? "", "http://app.invalid");
      expect(location.pathname, url).toBe("/login");
      expectNoPhi(await page.text(), patient, `forged cookie ${url}`);
    }
  });

  for (const role of ["ADMIN", "PHYSICIAN"] as const satisfies Role[]) {
    test(`${role}: API rights and pages follow lib/authorization.ts, refusals carry no patient data`, async ({
      browser,
      request,
    }) => {
      const patient = await submitAssessment(request);
      const context = await browser.newContext();
      const api = await signedInRequest(context, await createStaff(role));
      for (const [key, rule] of Object.entries(apiRules)) {
        if (rule.access === "public") continue;
        const response = await callApi(api, key, rule, patient);
        const body = await response.text();
        expect(response.status(), `${role} ${key}: ${body.slice(0, 200)}`).toBe(rule[role]);
        if (rule[role] === 403) {
          expect(JSON.parse(body), key).toMatchObject({ error: "forbidden" });
          expectNoPhi(body, patient, `${role} ${key}`);
        }
      }
      const page = await context.newPage();
      for (const [url, rule] of Object.entries(pageRules))
        await checkPage(page, url, rule, role, patient);
      await context.close();
    });
  }
});

async function checkPage(page: Page, url: string, rule: PageRule, role: Role, patient: Patient) {
  const response = await page.goto(fill(url, patient));
  expect(response?.status(), `${role} ${url}`).toBe(rule[role]);
  const h1 = page.getByRole("heading", { level: 1 });
  if (rule[role] === 200) {
    await expect(h1, `${role} ${url}`).toHaveText(rule.heading(patient));
    return;
  }
  await expect(h1, `${role} ${url}`).toHaveText("Page not found");
  expectNoPhi((await response?.text()) ?? "", patient, `${role} ${url}`);
  // The navigation does not offer what the role may not open.
  const nav = page.getByRole("navigation", { name: "Dashboard" });
  await expect(nav.getByRole("link", { name: rule.heading(patient) })).toHaveCount(0);
}
