import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as ready } from "@/app/api/health/ready/route";
import { listSubmissions } from "@/lib/dal/queue";
import { resolveLink } from "@/lib/dal/reply-links";
import { EXPIRED_ERROR } from "@/lib/mail/expire";
import { hashToken, newToken } from "@/lib/reply-links/token";
import { query } from "../support/db";
import { outboxRows, testClock, testWorker } from "../support/mail";
import { startCluster, type PgCluster } from "../support/pg-cluster";
import { startSmtpServer } from "../support/smtp";
import { insertSubmission, makeUser } from "../support/staff-fixtures";

// The README's backup runbook, run: an encrypted pg_dump of a live database, restored into an
// empty one, which then serves the app — after `npm run outbox -- --expire-before` has expired
// the emails that were unsent when the dump was taken, and revoked the links they carried.

const run = promisify(execFile);
const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const PASSPHRASE = "test-only-backup-passphrase";

// A cluster of its own (pg_dump needs a real Postgres, whichever server the other tests use).
let cluster: PgCluster;
const source = { url: "" };
const target = { url: "" };
let dir: string;

/** Runs a pipeline with the passphrase in its environment (never on the command line). */
const sh = (command: string) =>
  run("bash", ["-o", "pipefail", "-c", command], {
    env: { ...process.env, BACKUP_PASSPHRASE: PASSPHRASE },
  });

const tokens = { sent: newToken(), unsent: newToken() };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "ldn-backup-"));
  cluster = await startCluster(55403); // created and migrated: the live database
  source.url = cluster.url;
  await query("CREATE DATABASE restored", [], cluster.url);
  target.url = cluster.url.replace(/\/postgres$/, "/restored");

  // A live database: one submission whose confirmation went out, one whose email is still queued.
  process.env.DATABASE_URL = source.url;
  const replied = await insertSubmission({ firstName: "Dana", status: "REPLIED" });
  const waiting = await insertSubmission({ firstName: "Eli" });
  for (const [submission, token, status] of [
    [replied, tokens.sent, "SENT"],
    [waiting, tokens.unsent, "PENDING"],
  ] as const) {
    await query(
      `INSERT INTO reply_link (id, submission_id, token_hash, expires_at)
       VALUES (gen_random_uuid(), $1, $2, now() + interval '30 days')`,
      [submission, hashToken(token)],
    );
    await query(
      `INSERT INTO outbox_email (id, kind, "to", payload, status, created_at)
       VALUES (gen_random_uuid(), 'fresh_link', 'p@example.com', $1, $2::"OutboxStatus", now() - interval '1 hour')`,
      [status === "SENT" ? { firstName: "Dana" } : { firstName: "Eli", token }, status],
    );
  }
}, 120_000);
afterAll(async () => {
  await cluster?.destroy();
  await rm(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores an encrypted dump that then serves, with the unsent emails expired first", async () => {
    const file = path.join(dir, "ldn.dump.enc");
    await sh(
      `${BIN}/pg_dump --format=custom --no-owner "${source.url}" | ` +
        `openssl enc -aes-256-cbc -pbkdf2 -salt -pass env:BACKUP_PASSPHRASE -out "${file}"`,
    );
    // The file is ciphertext: not a dump pg_restore can read, and no patient name in it.
    await expect(run(`${BIN}/pg_restore`, ["--list", file])).rejects.toThrow();
    const { stdout: raw } = await run("cat", [file], { encoding: "latin1" });
    expect(raw).not.toContain("Dana");

    const takenAt = new Date();
    await sh(
      `openssl enc -d -aes-256-cbc -pbkdf2 -pass env:BACKUP_PASSPHRASE -in "${file}" | ` +
        `${BIN}/pg_restore --no-owner --exit-on-error -d "${target.url}"`,
    );

    // Before the app starts: expire what the dump still had queued.
    const cli = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/outbox.ts", "--expire-before", takenAt.toISOString()],
      { env: { ...process.env, DATABASE_URL: target.url }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let printed = "";
    cli.stdout.on("data", (c: Buffer) => (printed += c.toString()));
    expect(await new Promise((resolve) => cli.on("exit", resolve))).toBe(0);
    expect(printed).toContain("Expired 1 unsent email(s)");
    expect(printed).toContain("Revoked 1 reply link(s)");

    // The app on the restored database (every module here reads DATABASE_URL on first use).
    process.env.DATABASE_URL = target.url;
    expect((await ready()).status).toBe(200);
    const physician = await makeUser("PHYSICIAN");
    const queue = await listSubmissions(physician, { status: "REPLIED" });
    expect(queue.items.map((i) => i.firstName)).toEqual(["Dana"]);
    expect(queue.counts).toMatchObject({ NEW: 1, REPLIED: 1 });
    expect(await resolveLink(tokens.sent)).not.toBeNull();
    expect(await resolveLink(tokens.unsent)).toBeNull();

    const rows = await outboxRows();
    const expired = rows.find((r) => r.status === "FAILED");
    expect(expired).toMatchObject({ last_error: EXPIRED_ERROR });
    expect(expired?.payload).not.toHaveProperty("token");
    const smtp = await startSmtpServer();
    const worker = testWorker(smtp.url, testClock());
    try {
      expect(await worker.run()).toMatchObject({ claimed: 0 });
      expect(smtp.received).toHaveLength(0);
    } finally {
      worker.close();
      await smtp.close();
    }
  });
});
