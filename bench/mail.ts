// npm run bench:mail [-- --messages 5000 --concurrency 10 --warmup 200]
// Email throughput of one outbox worker (lib/mail/worker.ts) against a local SMTP server (the
// smtp-server package on loopback, accepting everything): a backlog of --messages emails is queued
// in a fresh database, then one worker drains it with its pooled transport; prints the time to
// drain and messages per second. Goal: ≥ 100 messages/s per worker.
// Runs under the react-server condition because the mail code is marked "server-only".
import os from "node:os";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { flags, positiveInt } from "./lib/args";
import { createBenchDatabase } from "./lib/database";
import { runBenchmark } from "./lib/lifecycle";
import { writeResults } from "./lib/results";

const options = flags({
  messages: { type: "string", default: "5000" },
  concurrency: { type: "string", default: "10" },
  warmup: { type: "string", default: "200" },
});
const messages = positiveInt(options.messages, "messages");
const concurrency = positiveInt(options.concurrency, "concurrency");
const warmup = positiveInt(options.warmup, "warmup");

/** An SMTP server that reads and accepts every message and counts them. */
async function smtpSink(): Promise<{
  url: string;
  count: () => number;
  close: () => Promise<void>;
}> {
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    disableReverseLookup: true,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on("end", () => {
        count++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Queues `n` due confirmation-style emails in one statement. */
async function queue(url: string, n: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO outbox_email (id, kind, "to", payload, next_attempt_at)
       SELECT gen_random_uuid(), 'fresh_link', 'patient' || i || '@example.com',
              jsonb_build_object('firstName', 'Sam', 'token', repeat('A', 43)),
              now() - interval '1 minute'
       FROM generate_series(1, $1::int) AS i`,
      [n],
    );
  } finally {
    await client.end();
  }
}

runBenchmark("bench:mail", 20 * 60_000, async () => {
  console.log(
    `bench:mail — backlog of ${messages.toLocaleString("en-US")} emails, one worker with ${concurrency} lanes, ${os.cpus().length} CPUs`,
  );
  const database = await createBenchDatabase();
  const smtp = await smtpSink();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = String(Math.max(concurrency, 2));
  const { createMailWorker } = await import("../lib/mail/worker");
  const { smtpTransport } = await import("../lib/mail/transport");
  const { db } = await import("../lib/db");
  const transport = smtpTransport(smtp.url, concurrency);
  let failures = 0;
  const worker = createMailWorker({
    transport,
    concurrency,
    maxAttempts: 8,
    appUrl: "https://intake.example.test",
    from: '"Bench Clinic" <no-reply@intake.example.test>',
    log: () => failures++,
  });

  await queue(database.url, warmup);
  await worker.runOnce(); // opens the pool's connections and warms the statements
  const before = smtp.count();

  await queue(database.url, messages);
  const started = performance.now();
  const result = await worker.runOnce();
  const seconds = (performance.now() - started) / 1000;
  const delivered = smtp.count() - before;
  const perSecond = result.sent / seconds;

  console.log("");
  console.log(`| backlog | lanes | sent | failed attempts | drain time | messages/s |`);
  console.log(`| ------- | ----- | ---- | --------------- | ---------- | ---------- |`);
  console.log(
    `| ${messages.toLocaleString("en-US")} | ${concurrency} | ${result.sent.toLocaleString("en-US")} | ${failures} | ${seconds.toFixed(1)} s | ${perSecond.toFixed(0)} |`,
  );
  console.log(
    `Goal ≥ 100 messages/s per worker: ${perSecond >= 100 ? "met" : "NOT met"}. The SMTP server received ${delivered.toLocaleString("en-US")}.`,
  );
  console.log(
    `Load average (1/5/15 min) at end: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" / ")}`,
  );
  if (delivered !== result.sent)
    throw new Error(`sent ${result.sent} but the server got ${delivered}`);

  const file = await writeResults("mail", {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg() },
    messages,
    concurrency,
    sent: result.sent,
    failedAttempts: failures,
    seconds: Number(seconds.toFixed(2)),
    messagesPerSecond: Number(perSecond.toFixed(1)),
  });
  console.log(`• Results written to ${file}`);
  await worker.stop();
  transport.close();
  await db().$disconnect();
  await smtp.close();
  await database.drop();
});
