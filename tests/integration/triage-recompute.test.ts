import { spawn } from "node:child_process";
import { beforeEach, describe, expect, it } from "vitest";
import { recomputeTriage } from "@/lib/dal/triage-recompute";
import { flagDefinitions } from "@/lib/triage/flags";
import { query } from "../support/db";
import { insertSubmission, resetStaffData } from "../support/staff-fixtures";

// Stored submissions keep the flags of the rules they were submitted under until
// `npm run triage:recompute` re-runs the current rules over them.

const flagsOf = async (id: string) =>
  (
    await query<{ flags: string[]; priority: number; triage: { flags: { reason: string }[] } }>(
      "SELECT flags, priority, triage FROM submission WHERE id = $1",
      [id],
    )
  )[0]!;

const recomputeEvents = () =>
  query<{ actor_id: string | null; details: unknown }>(
    "SELECT actor_id, details FROM audit_event WHERE action = 'triage.recompute' ORDER BY id",
  );

beforeEach(resetStaffData);

describe("triage recompute", () => {
  it("raises the flag the patient's words call for on a row stored without it, once", async () => {
    // Stored before the screening read free text: "Norco" in the medicines, "No" to opioids.
    const stale = await insertSubmission({ medications: { currentMedications: "Norco 5/325" } });
    const clean = await insertSubmission();

    expect(await recomputeTriage()).toEqual({ checked: 2, changed: 1 });
    const row = await flagsOf(stale);
    expect(row.flags).toEqual(["opioid_use"]);
    expect(row.priority).toBe(flagDefinitions.opioid_use.weight);
    expect(row.triage.flags[0]!.reason).toContain("Current medications mentions 'Norco 5/325'");
    expect((await flagsOf(clean)).flags).toEqual([]);

    // Idempotent: the second run finds nothing to change.
    expect(await recomputeTriage()).toEqual({ checked: 2, changed: 0 });
    expect((await recomputeEvents()).map((e) => e.details)).toEqual([
      { checked: 2, changed: 1 },
      { checked: 2, changed: 0 },
    ]);
  });

  it("runs as npm run triage:recompute and prints how many changed", async () => {
    await insertSubmission({ medications: { currentMedications: "Synthroid 50 mcg" } });
    const output = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          "node_modules/tsx/dist/cli.mjs",
          "--conditions=react-server",
          "scripts/triage-recompute.ts",
        ],
        { env: { ...process.env }, stdio: ["ignore", "pipe", "inherit"] },
      );
      let stdout = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout }));
    });
    expect(output.code).toBe(0);
    expect(output.stdout).toContain("Checked 1 submission(s); flags changed on 1.");
  }, 60_000);
});
