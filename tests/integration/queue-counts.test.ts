import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authorization";
import { COUNT_CAP, listSubmissions, SEARCH_WALK_ROWS } from "@/lib/dal/queue";
import { changeStatus } from "@/lib/dal/submission-status";
import { query } from "../support/db";
import { insertSubmission, makeUser, resetStaffData } from "../support/staff-fixtures";

// The queue's tab counts at a bounded cost: trigger-kept counters without filters (exact at any
// size), and per-tab counts that stop at COUNT_CAP with a filter or search (exact below it).

let physician: Actor;

beforeEach(async () => {
  await resetStaffData();
  physician = await makeUser("PHYSICIAN");
});

const groupBy = async () =>
  Object.fromEntries(
    (
      await query<{ status: string; n: number }>(
        `SELECT status::text, count(*)::int AS n FROM submission GROUP BY status`,
      )
    ).map((r) => [r.status, r.n]),
  );

/** `n` copies of the submission `id` (new ids and references), in one statement. */
async function copies(id: string, n: number, status = "NEW"): Promise<void> {
  await query(
    `INSERT INTO submission (id, reference, status, form_version, first_name, last_name, email,
       date_of_birth, state, primary_condition, flags, priority, triage, answers, consent_version,
       consented_at, signature, search_text, created_at, updated_at)
     SELECT gen_random_uuid(), 'LDN-' || lpad(i::text, 4, '0') || '-' || $3, $4::"SubmissionStatus",
       form_version, first_name, last_name, email, date_of_birth, state, primary_condition, flags,
       priority, triage, answers, consent_version, consented_at, signature, search_text, created_at,
       updated_at
     FROM submission, generate_series(1, $2::int) AS i WHERE id = $1`,
    [id, n, status === "NEW" ? "QQQQ" : "RRRR", status],
  );
}

describe("tab counts", () => {
  it("keeps the unfiltered counts equal to the table through inserts, status changes, deletes and truncation", async () => {
    const a = await insertSubmission({ status: "NEW" });
    const b = await insertSubmission({ status: "NEW" });
    await insertSubmission({ status: "ARCHIVED" });
    await copies(a, 40);
    await changeStatus(physician, b, "IN_REVIEW");
    await query(`UPDATE submission SET status = 'REPLIED' WHERE reference LIKE 'LDN-000%'`);
    await query(`UPDATE submission SET priority = priority + 1`); // no status change: no count change
    await query(`DELETE FROM submission WHERE reference LIKE 'LDN-001%'`);

    const { counts, cappedCounts } = await listSubmissions(physician);
    expect(counts).toEqual({ IN_REVIEW: 0, REPLIED: 0, ARCHIVED: 0, NEW: 0, ...(await groupBy()) });
    expect(counts).toEqual({ NEW: 22, IN_REVIEW: 1, REPLIED: 9, ARCHIVED: 1 });
    expect(cappedCounts).toEqual([]);

    await query(`TRUNCATE submission CASCADE`);
    await insertSubmission({ status: "REPLIED" });
    expect((await listSubmissions(physician)).counts).toEqual({
      NEW: 0,
      IN_REVIEW: 0,
      REPLIED: 1,
      ARCHIVED: 0,
    });
  });

  it(`counts a filtered view exactly up to ${COUNT_CAP} matches, then marks every tab as a lower bound`, async () => {
    const opioid = [{ code: "opioid_use" as const, reason: "Takes opioids now" }];
    const flagged = await insertSubmission({ status: "NEW", firstName: "Nakamura", flags: opioid });
    await copies(flagged, COUNT_CAP - 2);
    const replied = await insertSubmission({ status: "REPLIED", firstName: "Nakamura" });
    await insertSubmission({ status: "NEW" }); // another name

    let page = await listSubmissions(physician, { q: "nakam" });
    expect(page.counts).toEqual({ NEW: COUNT_CAP - 1, IN_REVIEW: 0, REPLIED: 1, ARCHIVED: 0 });
    expect(page.cappedCounts).toEqual([]);

    await copies(replied, 1, "REPLIED"); // COUNT_CAP + 1 matches: past the cap
    page = await listSubmissions(physician, { q: "nakam" });
    const shown = Object.values(page.counts).reduce((a, b) => a + b, 0);
    expect(shown).toBe(COUNT_CAP + 1);
    expect(page.cappedCounts.sort()).toEqual(["ARCHIVED", "IN_REVIEW", "NEW", "REPLIED"]);
    // A search with a flag is counted the same way.
    page = await listSubmissions(physician, { q: "nakam", flag: "opioid_use" });
    expect(page.counts).toEqual({ NEW: COUNT_CAP - 1, IN_REVIEW: 0, REPLIED: 0, ARCHIVED: 0 });
    expect(page.cappedCounts).toEqual([]);
    // Unfiltered, and under a flag (within a condition), the counters stay exact past the cap.
    expect((await listSubmissions(physician)).counts).toEqual({
      NEW: COUNT_CAP,
      IN_REVIEW: 0,
      REPLIED: 2,
      ARCHIVED: 0,
    });
    for (const input of [
      { flag: "opioid_use" },
      { flag: "opioid_use", condition: "fibromyalgia" },
    ]) {
      page = await listSubmissions(physician, input);
      expect(page.counts).toEqual({ NEW: COUNT_CAP - 1, IN_REVIEW: 0, REPLIED: 0, ARCHIVED: 0 });
      expect(page.cappedCounts).toEqual([]);
    }
  });

  it("keeps the counts under a flag, a condition or both exact through inserts, changes of status, flags and condition, deletes and truncation", async () => {
    const opioid = { code: "opioid_use" as const, reason: "Takes opioids now" };
    const thyroid = { code: "thyroid_medication" as const, reason: "Takes levothyroxine" };
    const a = await insertSubmission({ status: "NEW", flags: [opioid, thyroid] });
    const b = await insertSubmission({
      status: "NEW",
      flags: [thyroid],
      primaryCondition: "crohns",
    });
    await insertSubmission({ status: "ARCHIVED", primaryCondition: "crohns" });
    await copies(a, 30);
    await changeStatus(physician, b, "IN_REVIEW");
    await query(`UPDATE submission SET status = 'REPLIED' WHERE reference LIKE 'LDN-000%'`);
    // A recompute that drops one flag, and a correction of the condition.
    await query(
      `UPDATE submission SET flags = array_remove(flags, 'opioid_use') WHERE reference LIKE 'LDN-001%'`,
    );
    await query(
      `UPDATE submission SET primary_condition = 'hashimotos' WHERE reference LIKE 'LDN-002%'`,
    );
    await query(`UPDATE submission SET priority = priority + 1`); // no facet change
    await query(`DELETE FROM submission WHERE reference LIKE 'LDN-003%'`);

    const truth = async (where: string) =>
      Object.fromEntries(
        (
          await query<{ status: string; n: number }>(
            `SELECT status::text, count(*)::int AS n FROM submission WHERE ${where} GROUP BY status`,
          )
        ).map((r) => [r.status, r.n]),
      );
    const none = { NEW: 0, IN_REVIEW: 0, REPLIED: 0, ARCHIVED: 0 };
    const views = [
      [{ flag: "opioid_use" }, `flags @> ARRAY['opioid_use']`],
      [{ flag: "thyroid_medication" }, `flags @> ARRAY['thyroid_medication']`],
      [{ flag: "pregnancy" }, `flags @> ARRAY['pregnancy']`],
      [{ condition: "crohns" }, `primary_condition = 'crohns'`],
      [{ condition: "hashimotos" }, `primary_condition = 'hashimotos'`],
      [{ condition: "fibromyalgia" }, `primary_condition = 'fibromyalgia'`],
      [
        { flag: "thyroid_medication", condition: "crohns" },
        `flags @> ARRAY['thyroid_medication'] AND primary_condition = 'crohns'`,
      ],
      [
        { flag: "opioid_use", condition: "hashimotos" },
        `flags @> ARRAY['opioid_use'] AND primary_condition = 'hashimotos'`,
      ],
      [
        { flag: "opioid_use", condition: "fibromyalgia" },
        `flags @> ARRAY['opioid_use'] AND primary_condition = 'fibromyalgia'`,
      ],
    ] as const;
    for (const [input, where] of views) {
      const page = await listSubmissions(physician, input);
      expect(page.counts, JSON.stringify(input)).toEqual({ ...none, ...(await truth(where)) });
      expect(page.cappedCounts).toEqual([]);
    }
    // a and copies 20–29 still flagged and new; copies 1–9 replied; 10–19 lost the flag.
    expect((await listSubmissions(physician, { flag: "opioid_use" })).counts).toEqual({
      NEW: 11,
      IN_REVIEW: 0,
      REPLIED: 9,
      ARCHIVED: 0,
    });

    await query(`TRUNCATE submission CASCADE`);
    await insertSubmission({ status: "REPLIED", flags: [opioid] });
    expect((await listSubmissions(physician, { flag: "opioid_use" })).counts).toEqual({
      ...none,
      REPLIED: 1,
    });
  });

  it("finds an email or reference by what was typed, however much of the shared parts it holds", async () => {
    await insertSubmission({ email: "riley.ward58@example.org", reference: "LDN-AY44-Q757" });
    await insertSubmission({ email: "riley.ward5@example.com", reference: "LDN-AY45-Q758" });
    const found = async (q: string) =>
      (await listSubmissions(physician, { q })).items.map((item) => item.email).sort();
    expect(await found("ward58@exam")).toEqual(["riley.ward58@example.org"]);
    expect(await found("WARD5@example.c")).toEqual(["riley.ward5@example.com"]);
    expect(await found("ward5")).toEqual(["riley.ward58@example.org", "riley.ward5@example.com"]);
    expect(await found("@example.org")).toEqual(["riley.ward58@example.org"]);
    expect(await found("ldn-ay44-q757")).toEqual(["riley.ward58@example.org"]);
    expect(await found("LDN-AY4")).toEqual(["riley.ward58@example.org", "riley.ward5@example.com"]);
    expect(await found("ldn-ay44-q758")).toEqual([]);
  });
});

describe("search pages", () => {
  it(`give the same pages whether the matches are common (walked within ${SEARCH_WALK_ROWS} rows) or rare (found by the trigram index)`, async () => {
    const common = await insertSubmission({ status: "NEW", lastName: "Nakamura" });
    await copies(common, 60); // LDN-0001…0060-QQQQ: dense in the tab
    const rare = await insertSubmission({ status: "NEW", lastName: "Okonkwo" });
    const other = await insertSubmission({ status: "NEW", lastName: "Rivera" });
    await copies(other, SEARCH_WALK_ROWS, "REPLIED"); // filler, another tab
    await query(
      `INSERT INTO submission (id, reference, status, form_version, first_name, last_name, email,
         date_of_birth, state, primary_condition, flags, priority, triage, answers, consent_version,
         consented_at, signature, search_text, created_at, updated_at)
       SELECT gen_random_uuid(), 'LDN-' || lpad(i::text, 4, '0') || '-ZZZZ', 'NEW', form_version,
         first_name, last_name, email, date_of_birth, state, primary_condition, flags, priority,
         triage, answers, consent_version, consented_at, signature, search_text,
         created_at + interval '1 hour', updated_at
       FROM submission, generate_series(1, $2::int) AS i WHERE id = $1`,
      [other, SEARCH_WALK_ROWS + 10],
    ); // rows of another name after the common ones and ahead of the rare one in queue order
    await query(`UPDATE submission SET created_at = now() + interval '1 day' WHERE id = $1`, [
      rare,
    ]);

    const walk = async (q: string) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listSubmissions(physician, { q, ...(cursor ? { cursor } : {}) });
        ids.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    };
    const expected = async (name: string) =>
      (
        await query<{ id: string }>(
          `SELECT id::text FROM submission WHERE status = 'NEW' AND last_name = $1
           ORDER BY priority DESC, created_at ASC, id ASC`,
          [name],
        )
      ).map((r) => r.id);
    expect(await walk("nakam")).toEqual(await expected("Nakamura"));
    expect(await walk("okonk")).toEqual(await expected("Okonkwo"));
    expect(await walk("okonk")).toEqual([rare]);
  });
});
