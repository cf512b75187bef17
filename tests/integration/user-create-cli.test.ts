import { spawn } from "node:child_process";
import { beforeEach, describe, expect, it } from "vitest";
import { hashParams, verifyPassword } from "@/lib/password";
import { query } from "../support/db";
import { resetAuthData } from "../support/auth-fixtures";

// `npm run user:create` as an operator runs it: a child process against the test database.

type Run = { code: number | null; stdout: string; stderr: string };

function run(args: string[], stdin: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "scripts/user-create.ts", ...args],
      {
        env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const PASSWORD = "operator-chosen-passphrase";

beforeEach(resetAuthData);

describe("npm run user:create", { timeout: 60_000 }, () => {
  it("creates the account with an argon2id hash and prints id, email and role but never the password", async () => {
    const result = await run(
      [
        "--email",
        "Maya@Clinic.example",
        "--name",
        "Dr. Maya Patel",
        "--role",
        "PHYSICIAN",
        "--password-stdin",
      ],
      `${PASSWORD}\n`,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const rows = await query<{
      id: string;
      email: string;
      role: string;
      password_hash: string;
      active: boolean;
    }>(`SELECT id, email, role::text, password_hash, active FROM "user"`);
    expect(rows).toHaveLength(1);
    const user = rows[0]!;
    expect(user).toMatchObject({ email: "maya@clinic.example", role: "PHYSICIAN", active: true });
    expect(result.stdout).toContain(user.id);
    expect(result.stdout).toContain("maya@clinic.example");
    expect(result.stdout).toContain("PHYSICIAN");
    expect(result.stdout + result.stderr).not.toContain(PASSWORD);
    expect(hashParams(user.password_hash)?.algorithm).toBe("argon2id");
    expect(await verifyPassword(user.password_hash, PASSWORD)).toBe(true);
    const audit = await query<{ action: string; subject_id: string }>(
      "SELECT action, subject_id FROM audit_event",
    );
    expect(audit).toEqual([{ action: "user.create", subject_id: user.id }]);
  });

  it("exits non-zero with a clear message for a bad role, a weak password or a duplicate email", async () => {
    const base = ["--email", "a@clinic.example", "--name", "A"];
    const badRole = await run([...base, "--role", "NURSE", "--password-stdin"], PASSWORD);
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toMatch(/ADMIN or PHYSICIAN/);

    const weak = await run([...base, "--role", "ADMIN", "--password-stdin"], "password1234");
    expect(weak.code).not.toBe(0);
    expect(weak.stderr).toMatch(/too common/);
    expect(weak.stderr).not.toContain("password1234");

    expect((await run([...base, "--role", "ADMIN", "--password-stdin"], PASSWORD)).code).toBe(0);
    const duplicate = await run([...base, "--role", "ADMIN", "--password-stdin"], PASSWORD);
    expect(duplicate.code).not.toBe(0);
    expect(duplicate.stderr).toMatch(/already exists/);
    expect(await query(`SELECT id FROM "user"`)).toHaveLength(1);
  });

  it("refuses to run without a terminal or --password-stdin", async () => {
    const result = await run(
      ["--email", "b@clinic.example", "--name", "B", "--role", "ADMIN"],
      PASSWORD,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/--password-stdin/);
  });
});
