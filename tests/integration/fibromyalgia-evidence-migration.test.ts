import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { defaultTemplates } from "@/lib/templates/defaults";
import { query } from "../support/db";
import { makeUser, resetStaffData } from "../support/staff-fixtures";

// The data migration that brings the seeded fibromyalgia template up to date with the 2024 trial
// must leave a physician's own wording alone.

const OLD =
  "Small clinical trials in fibromyalgia found that some people had less pain and better mood and general " +
  "well-being on LDN. Results vary from person to person, and a larger recent trial found a smaller effect, " +
  "so we would treat it as a trial that may help rather than a sure thing.";
const migration = path.join(
  process.cwd(),
  "prisma/migrations/20261212000000_fibromyalgia_evidence/migration.sql",
);
const current = defaultTemplates.find((t) => t.key === "fibromyalgia")!;

async function seed(benefits: string, updatedById: string | null): Promise<void> {
  await query(
    `INSERT INTO reply_template (key, title, likelihood, benefits, timeline, considerations, message, updated_by_id, updated_at)
     VALUES ('fibromyalgia', 'Fibromyalgia', 'POSSIBLY', $1, 't', 'c', 'm', $2, now())
     ON CONFLICT (key) DO UPDATE SET benefits = $1, updated_by_id = $2`,
    [benefits, updatedById],
  );
}
const benefits = async () =>
  (
    await query<{ benefits: string }>(
      `SELECT benefits FROM reply_template WHERE key = 'fibromyalgia'`,
    )
  )[0]!.benefits;

beforeEach(resetStaffData);

describe("fibromyalgia template evidence migration", () => {
  it("rewrites the seeded sentence to the one new installations get", async () => {
    await seed(OLD, null);
    await query(await readFile(migration, "utf8"));
    expect(await benefits()).toBe(current.benefits);
    expect(current.benefits).toMatch(/no better than a placebo/);
  });

  it("leaves a template a physician has edited as it is", async () => {
    const physician = await makeUser("PHYSICIAN");
    await seed(OLD, physician.id);
    await query(await readFile(migration, "utf8"));
    expect(await benefits()).toBe(OLD);
  });
});
