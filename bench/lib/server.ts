import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { onCleanup } from "./lifecycle";
import { DIST_DIR, ROOT } from "./paths";

const HOST = "127.0.0.1";
const READY_TIME_LIMIT_MS = 60_000;

export type AppServer = {
  origin: string;
  pid: number;
  /** CPU time (user + system) the server process has used so far, in ms. */
  cpuMs: () => number;
  logTail: () => string;
  stop: () => Promise<void>;
};

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux

function processCpuMs(pid: number): number {
  // /proc/<pid>/stat: fields after the parenthesised command name start at field 3 (state);
  // utime and stime are fields 14 and 15, in clock ticks.
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** A port the OS says is free on loopback right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    // The server runs in its own process group: this reaches any worker it forks, and nothing else.
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

async function waitUntilReady(
  origin: string,
  child: ChildProcess,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + READY_TIME_LIMIT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`next start exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`next start was not ready within ${READY_TIME_LIMIT_MS / 1000} s:\n${log()}`);
}

/** Starts `next start` on a free loopback port against `databaseUrl`, the way production runs it. */
export async function startServer(databaseUrl: string, poolMax: number): Promise<AppServer> {
  return startNext(".", `DATABASE_POOL_MAX=${poolMax}`, (origin) => ({
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: String(poolMax),
    NEXT_DIST_DIR: DIST_DIR,
    // Production refuses to start without a session secret; a throwaway one per run.
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64"),
    APP_URL: origin,
    // Mail is queued in the outbox as in production but never delivered: a benchmark must
    // not send thousands of emails, whatever SMTP_URL the caller's environment holds.
    MAIL_TRANSPORT: "disabled",
    // The load generator is one trusted client flooding from one address: no proof of work and
    // no per-address hourly limit. The per-email confirmation cap stays on, as in production.
    PUBLIC_FORM_PROOF_OF_WORK: "off",
    ASSESSMENT_RATE_LIMIT_PER_HOUR: "0",
  }));
}

/**
 * `next start` for the project directory `dir` (relative to the repository) on a free loopback
 * port, in its own process group, stopped at cleanup.
 */
export async function startNext(
  dir: string,
  label: string,
  env: (origin: string) => Record<string, string> = () => ({}),
): Promise<AppServer> {
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", dir, "-H", HOST, "-p", String(port)],
    {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env(origin), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    killGroup(child, "SIGTERM");
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const forget = onCleanup(`stop next start (pid ${child.pid})`, stop, () =>
    killGroup(child, "SIGKILL"),
  );

  const logTail = () => output.trim().split("\n").slice(-30).join("\n");
  await waitUntilReady(origin, child, logTail);
  console.log(`• next start ${dir} ready at ${origin} (pid ${child.pid}, ${label})`);
  return {
    origin,
    pid: child.pid!,
    cpuMs: () => processCpuMs(child.pid!),
    logTail,
    stop: async () => {
      forget();
      await stop();
    },
  };
}
