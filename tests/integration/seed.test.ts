import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conditions } from "@/lib/assessment/options";
import { isOverdue } from "@/lib/dal/overdue";
import { practice } from "@/lib/config";
import { hashParams, verifyPassword } from "@/lib/password";
import { defaultTemplates } from "@/lib/templates/defaults";
import { flagDefinitions, triage } from "@/lib/triage/rules";
import { assessmentSchema } from "@/lib/validations/assessment";
import { demoAdmin, demoPhysician } from "@/prisma/seed-data/demo-accounts";
import { SEED_REFUSAL, seedRefusal } from "@/prisma/seed-data/guard";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { query } from "../support/db";

// The embedded demo's seed: what it stores, that a second run adds nothing, and that it refuses a
// database it was not explicitly allowed to touch. The rows it makes are removed afterwards so the
// other integration files see the database as they left it.

const DEMO_KEYS = "idempotency_key LIKE 'demo-seed-%'";
const demoEmails = [demoPhysician.email, demoAdmin.email];

/** Runs prisma/seed.ts as `npm run dev` does, against the test database. */
function runSeedCli(env: Record<string, string | undefined>, args: string[] = []) {
  const rest = { ...process.env };
  delete rest.LDN_EMBEDDED_DB;
  return spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts", ...args],
    {
      env: { ...rest, DATABASE_URL: process.env.DATABASE_URL, ...env },
      encoding: "utf8",
      timeout: 60_000,
    },
  );
}

async function removeDemoData(): Promise<void> {
  await query(`DELETE FROM submission WHERE ${DEMO_KEYS}`);
  await query(`DELETE FROM "user" WHERE email = ANY($1)`, [demoEmails]);
}

type SubmissionRow = {
  status: string;
  primary_condition: string;
  flags: string[];
  priority: number;
  email: string;
  answers: unknown;
  created_at: Date;
};

let templatesBefore = 0;
beforeAll(async () => {
  await removeDemoData();
  templatesBefore = Number(
    (await query<{ n: string }>("SELECT count(*) AS n FROM reply_template"))[0]?.n,
  );
});
afterAll(async () => {
  await removeDemoData();
  if (templatesBefore === 0) await query("DELETE FROM reply_template");
});

describe("the seed's safety guard", () => {
  it("refuses unless LDN_EMBEDDED_DB=1 or --force is given", () => {
    expect(seedRefusal({}, [])).toBe(SEED_REFUSAL);
    expect(seedRefusal({ LDN_EMBEDDED_DB: "0" }, ["--verbose"])).toBe(SEED_REFUSAL);
    expect(seedRefusal({ LDN_EMBEDDED_DB: "1" }, [])).toBeNull();
    expect(seedRefusal({}, ["--force"])).toBeNull();
  });

  it("the command exits with the explanation and writes nothing to a configured database", async () => {
    const run = runSeedCli({});
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Refusing to seed");
    expect(run.stderr).toContain("--force");
    expect(await query(`SELECT 1 FROM "user" WHERE email = ANY($1)`, [demoEmails])).toHaveLength(0);
    expect(await query(`SELECT 1 FROM submission WHERE ${DEMO_KEYS}`)).toHaveLength(0);
  });
});

describe("seedDemo", () => {
  it("creates the demo physician and admin with argon2id hashes of the published passwords", async () => {
    const summary = await seedDemo();
    expect(summary).toEqual({ usersCreated: 2, submissionsCreated: 30, submissionsExisting: 0 });

    const users = await query<{
      email: string;
      name: string;
      role: string;
      password_hash: string;
      active: boolean;
    }>(
      `SELECT email, name, role::text, password_hash, active FROM "user" WHERE email = ANY($1) ORDER BY role`,
      [demoEmails],
    );
    expect(users.map((u) => [u.email, u.name, u.role, u.active])).toEqual([
      [demoAdmin.email, demoAdmin.name, "ADMIN", true],
      [demoPhysician.email, practice.physician.name, "PHYSICIAN", true],
    ]);
    for (const user of users) {
      expect(hashParams(user.password_hash)?.algorithm).toBe("argon2id");
      const account = user.role === "ADMIN" ? demoAdmin : demoPhysician;
      expect(await verifyPassword(user.password_hash, account.password)).toBe(true);
      expect(await verifyPassword(user.password_hash, "wrong-password-123")).toBe(false);
    }
  });

  it("inserts every default reply template", async () => {
    const rows = await query<{ key: string }>("SELECT key FROM reply_template");
    expect(rows.map((r) => r.key).sort()).toEqual(defaultTemplates.map((t) => t.key).sort());
  });

  it("stores ~30 valid synthetic submissions across conditions, flags, statuses and ages", async () => {
    const rows = await query<SubmissionRow>(
      `SELECT status::text, primary_condition, flags, priority, email, answers, created_at FROM submission WHERE ${DEMO_KEYS}`,
    );
    expect(rows).toHaveLength(30);
    for (const row of rows) {
      // Each row is a real intake: valid answers, and flags/priority exactly as triage computes them.
      const assessment = assessmentSchema.parse(row.answers);
      const expected = triage(assessment, row.created_at);
      expect(row.flags).toEqual(expected.flags.map((f) => f.code));
      expect(row.priority).toBe(expected.priority);
      expect(row.email).toMatch(/@(example\.(com|org|net)|[a-z.]+\.test)$/);
    }
    expect(new Set(rows.map((r) => r.primary_condition))).toEqual(new Set(Object.keys(conditions)));
    // Every flag the form can raise (a minor cannot submit, so never under_18).
    const raisable = Object.keys(flagDefinitions).filter((code) => code !== "under_18");
    expect(new Set(rows.flatMap((r) => r.flags))).toEqual(new Set(raisable));

    const byStatus = (status: string) => rows.filter((r) => r.status === status).length;
    expect(byStatus("NEW")).toBeGreaterThan(rows.length / 2);
    for (const status of ["IN_REVIEW", "REPLIED", "ARCHIVED"])
      expect(byStatus(status)).toBeGreaterThan(0);

    const overdue = rows.filter((r) => isOverdue(r.created_at, r.status));
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(rows.length);
    const oldest = Math.min(...rows.map((r) => r.created_at.getTime()));
    expect(Date.now() - oldest).toBeLessThanOrEqual(22 * 86_400_000);
  });

  it("gives replied submissions a sent reply and submissions in review a note", async () => {
    const replies = await query<{ status: string; sent_at: Date | null; n: string }>(
      `SELECT r.status::text, r.sent_at FROM reply r JOIN submission s ON s.id = r.submission_id
       WHERE s.${DEMO_KEYS} AND s.status = 'REPLIED'`,
    );
    expect(replies).toHaveLength(4);
    expect(replies.every((r) => r.status === "SENT" && r.sent_at !== null)).toBe(true);
    const notes = await query(
      `SELECT 1 FROM note n JOIN submission s ON s.id = n.submission_id WHERE s.${DEMO_KEYS} AND s.status = 'IN_REVIEW'`,
    );
    expect(notes).toHaveLength(4);
  });

  it("is idempotent: a second run adds nothing", async () => {
    const before = await query<{ n: string }>(
      `SELECT (SELECT count(*) FROM submission) + (SELECT count(*) FROM "user") + (SELECT count(*) FROM reply)
        + (SELECT count(*) FROM note) + (SELECT count(*) FROM reply_template) AS n`,
    );
    expect(await seedDemo()).toEqual({
      usersCreated: 0,
      submissionsCreated: 0,
      submissionsExisting: 30,
    });
    const after = await query<{ n: string }>(
      `SELECT (SELECT count(*) FROM submission) + (SELECT count(*) FROM "user") + (SELECT count(*) FROM reply)
        + (SELECT count(*) FROM note) + (SELECT count(*) FROM reply_template) AS n`,
    );
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("runs as a command with LDN_EMBEDDED_DB=1, as npm run dev starts it", async () => {
    const run = runSeedCli({ LDN_EMBEDDED_DB: "1" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Demo data already present");
    expect(await query(`SELECT 1 FROM submission WHERE ${DEMO_KEYS}`)).toHaveLength(30);
  });

  it("runs with --force on another database and prints the demo sign-in", async () => {
    const run = runSeedCli({ PORT: "3999" }, ["--force"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `Demo sign-in: ${demoPhysician.email} / ${demoPhysician.password} at http://localhost:3999/login`,
    );
    expect(await query(`SELECT 1 FROM submission WHERE ${DEMO_KEYS}`)).toHaveLength(30);
  });
});
