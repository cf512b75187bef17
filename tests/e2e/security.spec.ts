import { createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext, type Page, type Request } from "@playwright/test";
import { addLink, addSentReply, clearPatientThrottle, DOB, seedSubmission } from "./reply-support";
import {
  createStaff,
  giveOwnAddress,
  signedInRequest,
  signIn,
  submitAssessment,
  uniqueName,
} from "./staff-support";
import { waitForWizard } from "./assessment-support";
import { query } from "./support";

// The staff surface against another origin, Auth.js's own sign-out, the security headers and
// inputs that used to end in a 500 — in Chromium and over HTTP against the production build.

const draft = {
  likelihood: "POSSIBLY",
  benefits: "Less pain for some patients.",
  timeline: "Four to eight weeks.",
  considerations: "",
  message: "Let us talk it through at a visit.",
};

/** A page on another origin that auto-submits a text/plain form to `action` (a classic CSRF). */
function attackerPage(action: string): string {
  return `<!doctype html><title>Win a prize</title>
<form method="POST" action="${action}" enctype="text/plain">
  <input type="hidden" name='{"x":"' value='"}'>
</form>
<script>document.forms[0].submit()</script>`;
}

/** Serves `html` from a second local HTTP server (another origin than the app). */
async function serve(html: string): Promise<{ server: Server; port: number }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

async function replyState(id: string) {
  const replies = await query<{ status: string }>(
    "SELECT status FROM reply WHERE submission_id = $1",
    [id],
  );
  const emails = await query<{ kind: string }>(
    `SELECT o.kind FROM outbox_email o JOIN submission s ON s.email = o."to"
      WHERE s.id = $1 AND o.kind = 'reply_ready'`,
    [id],
  );
  return { replies: replies.map((r) => r.status), readyEmails: emails.length };
}

test.describe("CSRF on the staff API", () => {
  test("a text/plain form auto-submitted from another origin cannot send a draft; the dashboard still can", async ({
    browser,
    request,
    baseURL,
  }) => {
    const patient = await submitAssessment(request);
    const context = await browser.newContext();
    const api = await signedInRequest(context, await createStaff("PHYSICIAN"));
    expect((await api.put(`/api/submissions/${patient.id}/reply`, { data: draft })).status()).toBe(
      200,
    );

    const action = `${baseURL}/api/submissions/${patient.id}/reply/send`;
    // Another port of the same host is another origin but the same site, so even the SameSite=Strict
    // session cookie goes along: only the guard stands in the way. "localhost" is another site.
    const attackers = ["127.0.0.1", "localhost"];
    const page = await context.newPage();
    for (const host of attackers) {
      const { server, port } = await serve(attackerPage(action));
      try {
        const answered = page.waitForResponse((r) => r.url() === action);
        await page.goto(`http://${host}:${port}/`);
        const response = await answered;
        expect(response.status(), `from ${host}:${port}`).toBe(403);
        expect(await response.json()).toMatchObject({ error: "cross_origin" });
      } finally {
        server.close();
      }
      expect(await replyState(patient.id), `after the post from ${host}`).toEqual({
        replies: ["DRAFT"],
        readyEmails: 0,
      });
    }

    // The physician's own send from the dashboard (a server action, same origin) goes through.
    await page.goto(`/dashboard/submissions/${patient.id}`);
    await page.getByRole("button", { name: "Send reply" }).click();
    const confirm = page.getByRole("group", { name: /Send this reply to the patient\?/ });
    await confirm.getByRole("button", { name: "Yes, send" }).click();
    await expect(page.getByText(/Version 1 was sent/)).toBeVisible();
    expect(await replyState(patient.id)).toEqual({ replies: ["SENT"], readyEmails: 1 });
    await context.close();
  });

  test("staff writes: 403 from another origin, 415 without JSON, accepted from an API client", async ({
    browser,
    request,
    baseURL,
  }) => {
    const patient = await submitAssessment(request);
    const context = await browser.newContext();
    const api = await signedInRequest(context, await createStaff("PHYSICIAN"));
    const notes = `/api/submissions/${patient.id}/notes`;
    const data = { body: "Checked." };
    const cases: [Record<string, string>, unknown, number][] = [
      [{ Origin: "http://evil.example" }, data, 403],
      [{ "Sec-Fetch-Site": "same-site" }, data, 403],
      [{ "Sec-Fetch-Site": "cross-site" }, data, 403],
      [{ "Content-Type": "text/plain" }, JSON.stringify(data), 415],
      [{ Origin: baseURL!, "Sec-Fetch-Site": "same-origin" }, data, 201],
      [{}, data, 201],
    ];
    for (const [headers, body, status] of cases) {
      const response = await api.post(notes, { headers, data: body });
      expect(response.status(), JSON.stringify(headers)).toBe(status);
    }
    const rows = await query("SELECT 1 FROM note WHERE submission_id = $1", [patient.id]);
    expect(rows).toHaveLength(2);
    await context.close();
  });
});

test("a dashboard link followed from another site opens signed in despite the Strict cookie", async ({
  browser,
  baseURL,
}) => {
  const link = `<!doctype html><title>Webmail</title><a href="${baseURL}/dashboard">Open the review queue</a>`;
  const { server, port } = await serve(link);
  try {
    const context = await browser.newContext();
    await signedInRequest(context, await createStaff("PHYSICIAN"));
    const page = await context.newPage();
    await page.goto(`http://localhost:${port}/`);
    const visits: Request[] = [];
    page.on("request", (r) => {
      if (r.isNavigationRequest() && new URL(r.url()).pathname === "/dashboard") visits.push(r);
    });
    await page.getByRole("link", { name: "Open the review queue" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Queue" })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    // The browser withheld the Strict cookie from the cross-site click; the app's one reload had it.
    const cookies = await Promise.all(
      visits.map(async (r) => (await r.headerValue("cookie")) ?? ""),
    );
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).not.toContain("session-token");
    expect(cookies[1]).toContain("session-token");

    // Signed out, the same link ends at the sign-in page (once, no loop).
    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(`http://localhost:${port}/`);
    await stranger.getByRole("link", { name: "Open the review queue" }).click();
    await expect(stranger.getByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
    expect(new URL(stranger.url()).pathname).toBe("/login");
    await context.close();
    await stranger.context().close();
  } finally {
    server.close();
  }
});

test("POST /api/auth/signout revokes the server-side session: the old cookie then gets 401", async ({
  browser,
  request,
}) => {
  const context = await browser.newContext();
  const staff = await createStaff("PHYSICIAN");
  const api = await signedInRequest(context, staff);
  const session = (await context.cookies()).find((c) => c.name.includes("authjs.session-token"))!;
  expect(session.sameSite).toBe("Strict");
  const cookie = `${session.name}=${session.value}`;
  expect((await request.get("/api/submissions", { headers: { Cookie: cookie } })).status()).toBe(
    200,
  );

  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const out = await api.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
  expect(out.status()).toBe(302);

  const replay = await request.get("/api/submissions", { headers: { Cookie: cookie } });
  expect(replay.status()).toBe(401);
  const rows = await query<{ revoked: boolean }>(
    `SELECT revoked_at IS NOT NULL AS revoked FROM staff_session WHERE user_id = $1`,
    [staff.id],
  );
  expect(rows).toEqual([{ revoked: true }]);
  const events = await query("SELECT 1 FROM audit_event WHERE actor_id = $1 AND action = $2", [
    staff.id,
    "auth.sign_out",
  ]);
  expect(events).toHaveLength(1);
  await context.close();
});

test.describe("security headers", () => {
  const dynamicPages = ["/login", "/r/new-link", "/assessment/thanks", "/no-such-page"];
  const staticPages = ["/", "/learn", "/assessment", "/privacy"];

  test("dynamic pages carry a fresh nonce-based strict-dynamic CSP that their scripts use", async ({
    request,
  }) => {
    for (const path of dynamicPages) {
      const response = await request.get(path);
      const csp = response.headers()["content-security-policy"] ?? "";
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, `${path}: ${csp}`).toBeTruthy();
      expect(csp).toContain("'strict-dynamic'");
      expect(csp).not.toContain("'unsafe-inline' 'unsafe");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
        expect(csp, path).toContain(d);
      expect(csp).toContain("form-action 'self'");
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
      const again = (await request.get(path)).headers()["content-security-policy"];
      expect(again, `${path}: a new nonce per response`).not.toContain(nonce);
    }
  });

  test("prerendered pages carry a fixed CSP with the same other directives", async ({
    request,
  }) => {
    for (const path of staticPages) {
      const csp = (await request.get(path)).headers()["content-security-policy"] ?? "";
      expect(csp, path).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
      expect(csp, path).not.toContain("nonce-");
      for (const d of [
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ])
        expect(csp, path).toContain(d);
    }
  });

  test("COOP and CORP on every response; HSTS only when the request came over https", async ({
    request,
  }) => {
    const html = await (await request.get("/")).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)![0];
    for (const path of [
      ...staticPages,
      ...dynamicPages,
      "/api/openapi.json",
      asset,
      "/dashboard",
    ]) {
      const plain = await request.get(path, { maxRedirects: 0 });
      expect(plain.headers()["cross-origin-opener-policy"], path).toBe("same-origin");
      expect(plain.headers()["cross-origin-resource-policy"], path).toBe("same-origin");
      expect(plain.headers()["strict-transport-security"], path).toBeUndefined();
      const https = await request.get(path, {
        headers: { "X-Forwarded-Proto": "https" },
        maxRedirects: 0,
      });
      expect(https.headers()["strict-transport-security"], path).toMatch(
        /^max-age=(\d+); includeSubDomains$/,
      );
      const maxAge = Number(
        /max-age=(\d+)/.exec(https.headers()["strict-transport-security"]!)![1],
      );
      expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
    }
  });

  test("every kind of page works in Chromium without a CSP violation", async ({ browser }) => {
    await clearPatientThrottle();
    const context = await browser.newContext();
    await giveOwnAddress(context);
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    // A violation whose exception the page catches (a library probing for eval) never reaches the
    // console, yet DevTools and Lighthouse report it: listen for the DOM event as well.
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(
          `Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} at ${location.pathname}`,
        ),
      ),
    );
    page.on("pageerror", (e) => violations.push(`${e.name}: ${e.message}`));
    const hydrated = (p: Page) =>
      p.waitForFunction(() =>
        [...document.querySelectorAll("a, form, button")].some((n) =>
          Object.keys(n).some((k) => k.startsWith("__reactFiber$")),
        ),
      );

    // Prerendered pages, and the wizard working on its own step.
    for (const path of ["/", "/learn", "/privacy"]) {
      await page.goto(path);
      await hydrated(page);
    }
    await page.goto("/assessment");
    await waitForWizard(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();

    // Dynamic pages: not-found, the patient's reply page (date of birth, then the reply).
    await page.goto("/no-such-page");
    await hydrated(page);
    await page.goto("/r/new-link");
    await hydrated(page);
    const seeded = await seedSubmission(uniqueName("Ilse"));
    await addSentReply(seeded.submissionId);
    const token = await addLink(seeded.submissionId);
    await page.goto(`/r/${token}`);
    await page.getByLabel("Date of birth").fill(DOB);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Your reply from/);
    await hydrated(page);

    // The dashboard: sign in, the queue, a submission with its composer saving a draft.
    const patient = await submitAssessment(context.request);
    await signIn(page, (await createStaff("PHYSICIAN")).email, "e2e-staff-password-7Qx!");
    await page.goto(`/dashboard/submissions/${patient.id}`);
    await page.getByLabel("Message to the patient").fill("Checked under the CSP.");
    await expect(page.getByText(/^Draft saved \d{1,2}:\d{2}/)).toBeVisible();
    for (const path of ["/dashboard/templates", "/dashboard/outbox", "/dashboard/account"]) {
      await page.goto(path);
      await hydrated(page);
    }
    expect(violations).toEqual([]);
    await context.close();
  });
});

test.describe("no 500 from input", () => {
  /** A raw GET, so the malformed path reaches the server byte for byte. */
  function rawGet(baseURL: string, path: string) {
    const { hostname, port } = new URL(baseURL);
    return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
      (resolve, reject) =>
        get({ hostname, port, path }, (res) => {
          let body = "";
          res.on("data", (c: Buffer) => (body += c.toString()));
          res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        }).on("error", reject),
    );
  }

  test("malformed percent-encoding in a path is a 400 with the security headers", async ({
    baseURL,
  }) => {
    for (const path of [
      "/r/%ZZ",
      "/api/submissions/%ZZ",
      "/dashboard/submissions/%E0%A4%A",
      "/_next/static/%ZZ",
      "/_next/%E0%A4",
      "/%",
    ]) {
      const response = await rawGet(baseURL!, path);
      expect(response.status, path).toBe(400);
      expect(JSON.parse(response.body), path).toMatchObject({ error: "malformed_url" });
      expect(response.headers["cross-origin-opener-policy"], path).toBe("same-origin");
      expect(response.headers["cross-origin-resource-policy"], path).toBe("same-origin");
      expect(response.headers["x-content-type-options"], path).toBe("nosniff");
      expect(response.headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
  });

  async function expectFieldError(api: APIRequestContext, url: string, field: string) {
    const response = await api.get(url);
    expect(response.status(), url).toBe(400);
    const body = (await response.json()) as { error: string; fields: Record<string, string> };
    expect(body.error).toBe("validation");
    expect(Object.keys(body.fields), url).toEqual([field]);
  }

  test("NUL and lone surrogates in staff query parameters and text fields are field errors", async ({
    browser,
    request,
  }) => {
    const patient = await submitAssessment(request);
    const context = await browser.newContext();
    const api = await signedInRequest(context, await createStaff("ADMIN"));
    await expectFieldError(api, "/api/submissions?q=%00", "q");
    await expectFieldError(api, "/api/submissions?q=ab%00cd", "q");
    await expectFieldError(api, "/api/audit?subjectId=%00", "subjectId");

    for (const body of ["\u0000", "note \ud800"]) {
      const response = await api.post(`/api/submissions/${patient.id}/notes`, { data: { body } });
      expect(response.status()).toBe(400);
      expect((await response.json()).fields).toHaveProperty("body");
    }

    // The dashboard's pages ignore such a filter and say so.
    const page = await context.newPage();
    for (const path of ["/dashboard?q=%00", "/dashboard/audit?subjectId=%00"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByText("Some filters were ignored")).toBeVisible();
    }
    await context.close();
  });

  test("a NUL in the sign-in email is refused like any wrong sign-in", async ({ page }) => {
    await giveOwnAddress(page.context());
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    const response = await page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "nobody\u0000@clinic.example", password: "whatever-password" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302);
    expect(response.headers().location).toMatch(/\/login\?error=CredentialsSignin/);
  });
});
