import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { query } from "../support/db";
import {
  APP_URL,
  outboxRows,
  testClock,
  testWorker,
  type TestClock,
  type TestWorker,
} from "../support/mail";
import { startCluster, type PgCluster } from "../support/pg-cluster";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";
import { until } from "../support/wait";

// The outbox under faults, against a Postgres cluster of its own that the tests stop and start
// and a real SMTP server on loopback that holds messages as a slow server would: nothing is sent
// twice when the database goes away mid-send or a send outlasts the old lease, a killed worker's
// claim comes back at once, and a stopped worker hands its queue back.

const MINUTE = 60_000;
let cluster: PgCluster;
let smtp: TestSmtpServer | undefined;
let clock: TestClock;
let workers: TestWorker[] = [];
let children: ChildProcess[] = [];

beforeAll(async () => {
  cluster = await startCluster(55401);
  // Every module of this file reads DATABASE_URL on first use: point them all at the cluster.
  process.env.DATABASE_URL = cluster.url;
}, 120_000);
afterAll(async () => {
  await cluster?.destroy();
});
beforeEach(async () => {
  await query("TRUNCATE outbox_email, mail_worker");
  clock = testClock();
});
afterEach(async () => {
  for (const c of children) c.kill("SIGKILL");
  children = [];
  for (const w of workers) w.close();
  workers = [];
  await smtp?.close();
  smtp = undefined;
});

function worker(url: string): TestWorker {
  const w = testWorker(url, clock, { concurrency: 2 });
  workers.push(w);
  return w;
}

async function queue(n = 1): Promise<void> {
  for (let i = 0; i < n; i++)
    await query(
      `INSERT INTO outbox_email (id, kind, "to", payload, next_attempt_at)
       VALUES (gen_random_uuid(), 'fresh_link', $1, $2, now() - interval '1 minute' * (10 - $3::int))`,
      [`patient${i}@example.com`, { firstName: "Sam", token: "A".repeat(43) }, i],
    );
}

/** `npm run worker` as its own process, against the cluster and the test SMTP server. */
function spawnWorker(smtpUrl: string, extra: Record<string, string> = {}): ChildProcess {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: cluster.url,
        SMTP_URL: smtpUrl,
        MAIL_TRANSPORT: "smtp",
        APP_URL,
        AUTH_SECRET: "x".repeat(40),
        MAIL_POLL_MS: "100",
        ...extra,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  children.push(child);
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

describe("the outbox when Postgres goes away", () => {
  it("records a message that was on the wire during the outage once Postgres is back, and never sends it again", async () => {
    smtp = await startSmtpServer();
    const [a, b] = [worker(smtp.url), worker(smtp.url)];
    await queue();
    const held = smtp.hold();
    const pass = a.run();
    await held.arrived;
    await cluster.stop(); // the database goes down while the server holds the message
    held.release();
    await until(() => smtp!.received.length === 1);
    await cluster.start();
    expect(await pass).toMatchObject({ claimed: 1, sent: 1 });

    clock.advance(60 * MINUTE); // far past any lease or backoff
    expect(await b.run()).toMatchObject({ claimed: 0, recovered: 0 });
    expect(await outboxRows()).toMatchObject([{ status: "SENT", attempts: 1 }]);
    expect(smtp.received).toHaveLength(1);
  });
});

describe("a slow SMTP server with two workers", () => {
  it("leaves a claim with the live worker that holds it however long the send takes", async () => {
    smtp = await startSmtpServer();
    const [a, b] = [worker(smtp.url), worker(smtp.url)];
    await queue(1);
    const held = smtp.hold();
    const pass = a.run();
    await held.arrived;
    await b.run(); // b has watched the database long enough to trust heartbeats
    clock.advance(10 * MINUTE); // twice the old five-minute lease
    await a.heartbeat();
    expect(await b.run()).toMatchObject({ claimed: 0, recovered: 0 });
    held.release();
    expect(await pass).toMatchObject({ claimed: 1, sent: 1 });
    expect(await b.run()).toMatchObject({ claimed: 0 });
    expect(smtp.received).toHaveLength(1);
  });
});

describe("a worker killed or stopped mid-send", () => {
  it("releases the claim of a worker killed with SIGKILL as soon as another starts on the host, with the same Message-ID", async () => {
    smtp = await startSmtpServer();
    await queue(1);
    const held = smtp.hold();
    const child = spawnWorker(smtp.url);
    await held.arrived;
    const gone = exited(child);
    child.kill("SIGKILL"); // after the server has the message, before "sent" is recorded
    await gone;
    held.release();
    expect(await outboxRows()).toMatchObject([{ status: "SENDING", attempts: 1 }]);

    const w = worker(smtp.url); // no clock advance: the dead process is known by its pid
    expect(await w.run()).toMatchObject({ recovered: 1, sent: 1 });
    await until(() => smtp!.received.length === 2);
    const [first, second] = smtp.received;
    expect(second?.messageId).toBe(first?.messageId);
    expect(await outboxRows()).toMatchObject([{ status: "SENT", attempts: 2 }]);
  });

  it("on SIGTERM stops claiming, records the message on the wire, hands back the rest and exits 0", async () => {
    smtp = await startSmtpServer();
    await queue(3);
    const held = smtp.hold();
    const child = spawnWorker(smtp.url, { MAIL_CONCURRENCY: "1", SHUTDOWN_TIMEOUT_MS: "30000" });
    await held.arrived;
    const code = exited(child);
    child.kill("SIGTERM");
    // The signal is in; the message on the wire may still finish within the deadline.
    await until(async () => (await outboxRows()).some((r) => r.status === "SENDING"));
    held.release();
    expect(await code).toBe(0);
    const rows = await outboxRows();
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ["SENT", 1],
      ["PENDING", 0],
      ["PENDING", 0],
    ]);
    expect(await query(`SELECT id FROM mail_worker`)).toEqual([]);
    expect(smtp.received).toHaveLength(1);
  });
});
