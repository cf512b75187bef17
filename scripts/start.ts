// npm start — serves the production build on PORT against DATABASE_URL, in this very process (a
// Next custom server), so the SIGTERM a container or systemd sends reaches the server itself.
// Checks the configuration first so a missing variable is a clear message at start-up.
//
// Around Next it adds what a load balancer needs: a cap on requests in flight (excess answered 503
// with Retry-After at once instead of queueing), a 503 instead of a 500 while Postgres is away,
// and a graceful stop — on SIGTERM/SIGINT readiness fails, the listener closes, idle keep-alive
// connections are closed and busy ones get `Connection: close`, in-flight requests get up to
// SHUTDOWN_TIMEOUT_MS, the in-process mail worker hands back what it has not sent, exit 0.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import next from "next";
import { databaseRecentlyUnavailable } from "../lib/db-availability";
import { parseEnv, type Env } from "../lib/env-schema";
import {
  cameOverHttps,
  isMalformedPath,
  malformedUrlBody,
  malformedUrlHeaders,
} from "../lib/http/security-headers";
import { unavailableBody, unavailableHeaders } from "../lib/http/unavailable";
import { isShuttingDown, shutDown } from "../lib/lifecycle";

Object.assign(process.env, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });

let settings: Env;
try {
  settings = parseEnv(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { PORT, MAX_REQUESTS_IN_FLIGHT, SHUTDOWN_TIMEOUT_MS, TRUSTED_PROXY_HOPS } = settings;

/** Probes stay answerable under load: they are cheap and the load balancer must see the state. */
const isProbe = (url = "") => url.startsWith("/api/health/");

/**
 * Next's router answers a path it cannot percent-decode with a bare 500; for the app's own routes
 * proxy.ts answers 400 first, but Next's /_next/ paths fail before any proxy runs. So every path
 * is checked here, before Next: the same 400 and the same security headers as proxy.ts.
 */
function rejectMalformed(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? "/").split("?", 1)[0]!;
  if (!isMalformedPath(path)) return false;
  const proto = req.headers["x-forwarded-proto"];
  const https = cameOverHttps(Array.isArray(proto) ? (proto[0] ?? null) : (proto ?? null));
  res.writeHead(400, malformedUrlHeaders(https));
  res.end(JSON.stringify(malformedUrlBody));
  return true;
}

function unavailable(res: ServerResponse): void {
  res.writeHead(503, { ...unavailableHeaders, "Content-Type": "application/json" });
  res.end(JSON.stringify(unavailableBody));
}

/** A page or route that failed because the database is away says so: 503 and Retry-After. */
function outageAware(res: ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status === 500 && databaseRecentlyUnavailable()) {
      status = 503;
      for (const [k, v] of Object.entries(unavailableHeaders)) this.setHeader(k, v);
    }
    return (writeHead as (...a: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as typeof res.writeHead;
}

async function main(): Promise<void> {
  const app = next({ dev: false, dir: process.cwd(), port: PORT });
  const handle = app.getRequestHandler();
  await app.prepare();

  let inFlight = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (isShuttingDown()) res.setHeader("Connection", "close");
    if (rejectMalformed(req, res)) return;
    if (inFlight >= MAX_REQUESTS_IN_FLIGHT && !isProbe(req.url)) return unavailable(res);
    inFlight++;
    res.once("close", () => inFlight--);
    outageAware(res);
    // No proxy in front (TRUSTED_PROXY_HOPS=0): whatever X-Forwarded-For the client wrote is
    // replaced by the socket's peer, the only address it cannot forge (lib/http/client-address.ts).
    if (TRUSTED_PROXY_HOPS === 0) req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "";
    handle(req, res).catch((error: unknown) => {
      console.error(`request failed: ${(error as Error)?.name ?? "error"}`);
      if (!res.headersSent) unavailable(res);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(PORT, resolve));
  console.log(`Serving on http://localhost:${PORT} (pid ${process.pid})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping (up to ${SHUTDOWN_TIMEOUT_MS} ms for work in flight)…`);
    const deadline = Date.now() + SHUTDOWN_TIMEOUT_MS;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const worker = shutDown(); // readiness fails now; the mail worker stops claiming
    while (inFlight > 0 && Date.now() < deadline) {
      server.closeIdleConnections();
      await sleep(50);
    }
    server.closeAllConnections();
    await Promise.race([Promise.all([closed, worker]), sleep(Math.max(0, deadline - Date.now()))]);
    console.log(inFlight > 0 ? `stopped with ${inFlight} request(s) cut off` : "stopped");
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
