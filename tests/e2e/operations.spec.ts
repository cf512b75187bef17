import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { startCluster, type PgCluster } from "../support/pg-cluster";
import { freePort } from "../support/smtp";
import { until } from "../support/wait";
import { assessmentPayload, uniqueName } from "./staff-support";

// The production server as an operator runs it (`npm start`'s launcher, scripts/start.ts) on a
// Postgres cluster of its own that the tests stop and start: 503 with Retry-After while the
// database is away, load shed above the in-flight cap, and a graceful stop on SIGTERM.

test.describe.configure({ mode: "serial" });

let cluster: PgCluster;
let server: ChildProcess | undefined;
let base = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startCluster(55402);
});
test.afterAll(async () => {
  await cluster?.destroy();
});
test.afterEach(() => {
  server?.kill("SIGKILL");
  server = undefined;
});

async function startServer(extra: Record<string, string> = {}): Promise<ChildProcess> {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: cluster.url,
      PORT: String(port),
      AUTH_SECRET: "operations-spec-secret-0123456789abcdef",
      MAIL_TRANSPORT: "disabled",
      DATABASE_CONNECT_TIMEOUT_MS: "2000",
      // A trusted client posting from one address: outages are under test here, not abuse limits.
      PUBLIC_FORM_PROOF_OF_WORK: "off",
      ASSESSMENT_RATE_LIMIT_PER_HOUR: "0",
      ...extra,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await until(async () => (await get("/api/health/live").catch(() => null))?.status === 200, 200);
  return server;
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

function request(
  path: string,
  options: http.RequestOptions & { body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, options, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}
const get = (path: string) => request(path, { agent: false });
const submit = () => {
  const first = uniqueName("Odile");
  const body = JSON.stringify(
    assessmentPayload(first, "Marsh", `${first.toLowerCase()}@example.com`),
  );
  return request("/api/assessments", {
    method: "POST",
    agent: false,
    headers: { "Content-Type": "application/json" },
    body,
  });
};

/** A POST whose body is still on its way: in flight on the server until `finish` sends the rest. */
function slowPost(agent?: http.Agent) {
  let finish!: () => void;
  const answer = new Promise<Answer>((resolve, reject) => {
    const req = http.request(`${base}/api/assessments`, {
      method: "POST",
      agent: agent ?? false,
      headers: { "Content-Type": "application/json", "Content-Length": "2" },
    });
    req.on("response", (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.write("{");
    req.flushHeaders();
    finish = () => req.end("}");
  });
  return { answer, finish: () => finish() };
}

const exitCode = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

test("answers 503 with Retry-After in the usual shape while Postgres is down, and recovers", async () => {
  await startServer();
  expect((await get("/api/health/ready")).status).toBe(200);
  expect((await submit()).status).toBe(201);

  await cluster.stop();
  try {
    const ready = await get("/api/health/ready");
    expect(ready.status).toBe(503);
    expect(ready.headers["retry-after"]).toBe("5");
    expect(JSON.parse(ready.body)).toEqual({
      status: "unavailable",
      checks: { database: false, migrations: false, accepting: true },
    });
    expect((await get("/api/health/live")).status).toBe(200);

    const api = await submit();
    expect(api.status).toBe(503);
    expect(api.headers["retry-after"]).toBe("5");
    expect(JSON.parse(api.body)).toMatchObject({
      error: "unavailable",
      message: expect.any(String),
    });

    const page = await get(`/r/unknown${"0".repeat(32)}abcd`);
    expect(page.status).toBe(503);
    expect(page.headers["retry-after"]).toBe("5");
    expect(page.headers["content-type"]).toMatch(/text\/html/);
  } finally {
    await cluster.start();
  }
  await until(async () => (await get("/api/health/ready")).status === 200, 200);
  expect((await submit()).status).toBe(201);
});

test("sheds requests above MAX_REQUESTS_IN_FLIGHT with 503 and keeps answering probes", async () => {
  await startServer({ MAX_REQUESTS_IN_FLIGHT: "1" });
  const held = slowPost();
  let shed: Answer | undefined;
  await until(async () => {
    shed = await get("/api/openapi.json");
    return shed.status === 503;
  });
  expect(shed?.headers["retry-after"]).toBe("5");
  expect(JSON.parse(shed!.body)).toMatchObject({ error: "unavailable" });
  expect((await get("/api/health/live")).status).toBe(200);
  held.finish();
  expect((await held.answer).status).toBe(400); // "{}" is not an assessment: answered, not shed
  expect((await get("/api/openapi.json")).status).toBe(200);
});

test("on SIGTERM closes idle keep-alive connections, stops accepting, finishes in-flight work and exits 0", async () => {
  const child = await startServer({ SHUTDOWN_TIMEOUT_MS: "20000" });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const idle = await request("/api/health/live", { agent });
  expect(idle.headers.connection).toBe("keep-alive");
  const [socket] = Object.values(agent.freeSockets).flat();
  const idleClosed = new Promise<void>((resolve) => socket!.once("close", () => resolve()));

  const inFlight = slowPost();
  await until(async () => (await get("/api/health/ready")).status === 200); // its headers are in
  const code = exitCode(child);
  child.kill("SIGTERM");
  await idleClosed; // the idle keep-alive connection is closed at once
  await until(async () => {
    const refused = await get("/api/health/live").then(
      () => false,
      (e: NodeJS.ErrnoException) => e.code === "ECONNREFUSED",
    );
    return refused; // and no new connection is accepted
  });
  inFlight.finish();
  const answer = await inFlight.answer;
  expect(answer.status).toBe(400);
  expect(answer.headers.connection).toBe("close");
  expect(await code).toBe(0);
  agent.destroy();
});
