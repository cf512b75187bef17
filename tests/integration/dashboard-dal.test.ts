import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authorization";
import { encodeCursor } from "@/lib/dal/cursor";
import { UnauthenticatedError, ValidationError } from "@/lib/dal/errors";
import { listSubmissions, QUEUE_PAGE_SIZE } from "@/lib/dal/queue";
import type { QueueQueryInput } from "@/lib/validations/staff";
import { insertSubmission, makeUser, resetStaffData } from "../support/staff-fixtures";

const DAY = 86_400_000;
const ago = (days: number, extraMs = 0) => new Date(Date.now() - days * DAY - extraMs);
const opioid = { code: "opioid_use" as const, reason: "Takes opioids now" };
const thyroid = { code: "thyroid_medication" as const, reason: "Takes thyroid hormone" };

let physician: Actor;

beforeEach(async () => {
  await resetStaffData();
  physician = await makeUser("PHYSICIAN");
});

const ids = async (query: QueueQueryInput = {}) =>
  (await listSubmissions(physician, query)).items.map((i) => i.id);

describe("listSubmissions: order and tabs", () => {
  it("orders by priority (highest first), then oldest first", async () => {
    const newLow = await insertSubmission({ priority: 0, createdAt: ago(1) });
    const oldLow = await insertSubmission({ priority: 0, createdAt: ago(5) });
    const urgent = await insertSubmission({ priority: 90, flags: [opioid], createdAt: ago(0) });
    const medium = await insertSubmission({ priority: 20, flags: [thyroid], createdAt: ago(2) });
    expect(await ids()).toEqual([urgent, medium, oldLow, newLow]);
    expect(QUEUE_PAGE_SIZE).toBe(25);
  });

  it("shows one status tab (NEW by default) and counts every tab", async () => {
    const fresh = await insertSubmission();
    const review = await insertSubmission({ status: "IN_REVIEW" });
    await insertSubmission({ status: "IN_REVIEW" });
    await insertSubmission({ status: "ARCHIVED" });
    const page = await listSubmissions(physician, {});
    expect(page.items.map((i) => i.id)).toEqual([fresh]);
    expect(page.counts).toEqual({ NEW: 1, IN_REVIEW: 2, REPLIED: 0, ARCHIVED: 1 });
    expect((await ids({ status: "IN_REVIEW" })).sort()).toContain(review);
  });

  it("returns the item fields the queue shows, without other columns", async () => {
    await insertSubmission({
      firstName: "Ana",
      lastName: "Lopez",
      email: "ana@example.com",
      flags: [thyroid],
      priority: 20,
    });
    const [item] = (await listSubmissions(physician, {})).items;
    expect(Object.keys(item!).sort()).toEqual(
      [
        "createdAt",
        "email",
        "firstName",
        "flags",
        "id",
        "lastName",
        "overdue",
        "primaryCondition",
        "priority",
        "reference",
        "status",
      ].sort(),
    );
    expect(item).toMatchObject({
      firstName: "Ana",
      lastName: "Lopez",
      flags: ["thyroid_medication"],
      priority: 20,
      status: "NEW",
    });
    expect(item!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe("listSubmissions: filters and search", () => {
  it("filters by condition and flag, and the tab counts honour the filters", async () => {
    const ms = await insertSubmission({ primaryCondition: "multiple_sclerosis" });
    await insertSubmission({ primaryCondition: "multiple_sclerosis", status: "REPLIED" });
    const flagged = await insertSubmission({ flags: [opioid, thyroid], priority: 91 });
    await insertSubmission({ flags: [thyroid], priority: 20 });
    const byCondition = await listSubmissions(physician, { condition: "multiple_sclerosis" });
    expect(byCondition.items.map((i) => i.id)).toEqual([ms]);
    expect(byCondition.counts).toEqual({ NEW: 1, IN_REVIEW: 0, REPLIED: 1, ARCHIVED: 0 });
    expect(await ids({ flag: "opioid_use" })).toEqual([flagged]);
    expect(await ids({ flag: "thyroid_medication" })).toHaveLength(2);
  });

  it("filters by an inclusive date range of the practice's days (Central time)", async () => {
    // 2026-11-02 runs from 06:00 UTC to 06:00 UTC the next day in Texas (CST).
    await insertSubmission({ createdAt: new Date("2026-11-02T05:59:59.999Z") });
    const start = await insertSubmission({ createdAt: new Date("2026-11-02T06:00:00Z") });
    const end = await insertSubmission({ createdAt: new Date("2026-11-04T05:59:59.999Z") });
    await insertSubmission({ createdAt: new Date("2026-11-04T06:00:00Z") });
    expect(await ids({ from: "2026-11-02", to: "2026-11-03" })).toEqual([start, end]);
    expect(await ids({ from: "2026-11-04" })).toHaveLength(1);
    expect(await ids({ to: "2026-11-01" })).toHaveLength(1);
  });

  it("searches names, emails and references partially and case-insensitively", async () => {
    const jordan = await insertSubmission({
      firstName: "Jordan",
      lastName: "Rivera",
      email: "jr@example.com",
      reference: "LDN-7KQ4-M2XD",
    });
    const sam = await insertSubmission({
      firstName: "Sam",
      lastName: "O'Neil",
      email: "sam.oneil@mail.example",
      reference: "LDN-AB23-CD45",
    });
    expect(await ids({ q: "RIVE" })).toEqual([jordan]);
    expect(await ids({ q: "jordan rivera" })).toEqual([jordan]);
    expect(await ids({ q: "oneil@MAIL" })).toEqual([sam]);
    expect(await ids({ q: "7kq4-m2" })).toEqual([jordan]);
    expect(await ids({ q: "o'neil" })).toEqual([sam]);
    expect(await ids({ q: "nobody" })).toEqual([]);
  });

  it("treats % and _ in the search as literal characters", async () => {
    await insertSubmission({ email: "a_b@example.com" });
    await insertSubmission({ email: "axb@example.com" });
    expect(await ids({ q: "a_b" })).toHaveLength(1);
    expect(await ids({ q: "%" })).toEqual([]);
  });

  it("refuses invalid queries with field messages", async () => {
    const bad: [QueueQueryInput, string][] = [
      [{ status: "DONE" as never }, "status"],
      [{ limit: 0 }, "limit"],
      [{ limit: "101" }, "limit"],
      [{ flag: "nope" as never }, "flag"],
      [{ condition: "flu" as never }, "condition"],
      [{ from: "2026-13-01" }, "from"],
      [{ from: "2026-11-05", to: "2026-11-01" }, "to"],
      [{ q: "x".repeat(101) }, "q"],
    ];
    for (const [query, field] of bad) {
      const error = await listSubmissions(physician, query).catch((e: unknown) => e);
      expect(error, JSON.stringify(query)).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fields)).toContain(field);
    }
  });
});

describe("listSubmissions: keyset pagination", () => {
  it("walks every row exactly once across pages, ties included", async () => {
    const same = ago(3);
    const expected: { id: string; priority: number; at: number }[] = [];
    for (let i = 0; i < 23; i++) {
      const priority = [0, 20, 90][i % 3]!;
      const createdAt = i % 4 === 0 ? same : ago(i % 7, i * 1000);
      expected.push({
        id: await insertSubmission({ priority, createdAt }),
        priority,
        at: createdAt.getTime(),
      });
    }
    expected.sort((a, b) => b.priority - a.priority || a.at - b.at || (a.id < b.id ? -1 : 1));

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listSubmissions(physician, { limit: 5, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(5);
    expect(seen).toEqual(expected.map((e) => e.id));
  });

  it("returns no next cursor on the last page", async () => {
    await insertSubmission();
    await insertSubmission();
    expect((await listSubmissions(physician, { limit: 2 })).nextCursor).toBeNull();
    expect((await listSubmissions(physician, { limit: 1 })).nextCursor).toEqual(expect.any(String));
  });

  it("rejects a tampered cursor as a validation error", async () => {
    for (const cursor of [
      "garbage!",
      "bm90IGpzb24",
      encodeCursor({ p: 1 }),
      encodeCursor([1, "yesterday", "x"]),
    ]) {
      const error = await listSubmissions(physician, { cursor }).catch((e: unknown) => e);
      expect(error, cursor).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields).toHaveProperty("cursor");
    }
  });
});

describe("listSubmissions: overdue and access", () => {
  it("marks open submissions older than the reply target as overdue", async () => {
    const old = await insertSubmission({ createdAt: ago(10) });
    const fresh = await insertSubmission({ createdAt: ago(0) });
    const repliedOld = await insertSubmission({ createdAt: ago(10), status: "REPLIED" });
    const overdue = new Map(
      (await listSubmissions(physician, {})).items.map((i) => [i.id, i.overdue]),
    );
    expect(overdue.get(old)).toBe(true);
    expect(overdue.get(fresh)).toBe(false);
    const replied = (await listSubmissions(physician, { status: "REPLIED" })).items;
    expect(replied.find((i) => i.id === repliedOld)?.overdue).toBe(false);
  });

  it("requires a signed-in staff member and lets admins read the queue", async () => {
    await expect(listSubmissions(null, {})).rejects.toBeInstanceOf(UnauthenticatedError);
    const admin = await makeUser("ADMIN");
    await insertSubmission();
    expect((await listSubmissions(admin, {})).items).toHaveLength(1);
  });
});
