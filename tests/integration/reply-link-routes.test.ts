import { beforeEach, describe, expect, it } from "vitest";
import { POST as sendNewLink } from "@/app/(public)/r/new-link/send/route";
import { POST as verify } from "@/app/(public)/r/[token]/verify/route";
import { issueReplyLink } from "@/lib/dal/reply-links";
import { db } from "@/lib/db";
import { ACCESS_COOKIE, hasAccess } from "@/lib/reply-links/access";
import { newToken } from "@/lib/reply-links/token";
import { query } from "../support/db";
import { insertSubmission, resetStaffData } from "../support/staff-fixtures";

// The patient's form posts, called as Next calls them. They use no Auth.js, so they run here.

const DOB = "1984-03-14";
let submissionId: string;

const form = (path: string, fields: Record<string, string>, ip = "10.0.0.1") =>
  new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body: new URLSearchParams(fields).toString(),
  });
const postDob = (token: string, dateOfBirth: string) =>
  verify(form(`/r/${token}/verify`, { dateOfBirth }), { params: Promise.resolve({ token }) });
const outbox = () => query<{ kind: string }>("SELECT kind FROM outbox_email");

beforeEach(async () => {
  await resetStaffData();
  await query("TRUNCATE login_throttle");
  submissionId = await insertSubmission({ firstName: "Jordan", email: "jordan@example.com" });
});

describe("POST /r/<token>/verify", () => {
  it("sets a 30-minute httpOnly SameSite=Strict cookie scoped to the link on the right date", async () => {
    const token = await db().$transaction((tx) => issueReplyLink(tx, submissionId));
    const response = await postDob(token, DOB);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/r/${token}`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(
      new RegExp(
        `^${ACCESS_COOKIE}=[^;]+; Path=/r/${token}; Max-Age=1800; HttpOnly; SameSite=Strict`,
      ),
    );
    const value = cookie.split(";")[0]!.split("=")[1];
    const [link] = await query<{ id: string }>("SELECT id FROM reply_link");
    expect(hasAccess(value, link!.id)).toBe(true);
  });

  it("sends a wrong date back to the form without a cookie and never puts the date in the URL", async () => {
    const token = await db().$transaction((tx) => issueReplyLink(tx, submissionId));
    const response = await postDob(token, "1990-01-01");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/r/${token}?attempt=wrong`);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("does not count a missing or impossible date as a guess", async () => {
    const token = await db().$transaction((tx) => issueReplyLink(tx, submissionId));
    for (const bad of ["", "tomorrow", "1984-02-30", "2999-01-01"]) {
      const response = await postDob(token, bad);
      expect(response.headers.get("location")).toBe(`/r/${token}?attempt=missing`);
    }
    expect(await query("SELECT failed_dob_attempts FROM reply_link")).toEqual([
      { failed_dob_attempts: 0 },
    ]);
  });

  it("answers 'locked' on the fifth wrong date", async () => {
    const token = await db().$transaction((tx) => issueReplyLink(tx, submissionId));
    const locations: (string | null)[] = [];
    for (let i = 0; i < 5; i++)
      locations.push((await postDob(token, "1990-01-01")).headers.get("location"));
    expect(locations.at(-2)).toBe(`/r/${token}?attempt=wrong`);
    expect(locations.at(-1)).toBe(`/r/${token}?attempt=locked`);
  });

  it("sends unknown and malformed tokens to the same neutral page, without a cookie", async () => {
    const unknown = newToken();
    expect((await postDob(unknown, DOB)).headers.get("location")).toBe(`/r/${unknown}`);
    const malformed = await postDob("not a token\r\nX: y", DOB);
    expect(malformed.status).toBe(303);
    expect(malformed.headers.get("location")).toBe("/r/invalid");
    expect(malformed.headers.get("set-cookie")).toBeNull();
  });
});

describe("POST /r/new-link/send", () => {
  const ask = (email: string, dateOfBirth: string, ip: string) =>
    sendNewLink(form("/r/new-link/send", { email, dateOfBirth }, ip));
  const outward = async (r: Response) => ({
    status: r.status,
    location: r.headers.get("location"),
    body: await r.text(),
    cookie: r.headers.get("set-cookie"),
  });

  it("answers an unknown email exactly as a known one, and mails only the known one", async () => {
    const unknown = await outward(await ask("nobody@example.com", DOB, "10.0.0.1"));
    expect(await outbox()).toEqual([]);
    const known = await outward(await ask("jordan@example.com", DOB, "10.0.0.2"));
    expect(known).toEqual(unknown);
    expect(known).toMatchObject({ status: 303, location: "/r/new-link?sent=1" });
    expect(await outbox()).toEqual([{ kind: "fresh_link" }]);
  });

  it("sends malformed input back to the form without doing anything", async () => {
    const response = await ask("not-an-email", DOB, "10.0.0.1");
    expect(response.headers.get("location")).toBe("/r/new-link?invalid=1");
    expect(await outbox()).toEqual([]);
    expect(await query("SELECT * FROM login_throttle")).toEqual([]);
  });
});
