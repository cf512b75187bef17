// Whether an error means "the database is not answering" (down, restarting, unreachable, out of
// connections, or too slow: pool or statement timeout) rather than a bug or bad input. Those are
// answered 503 with Retry-After (lib/http/errors.ts); everything else stays an opaque 500.
// No server-only import: scripts/start.ts reads the shared "recently unavailable" state too.

/** Prisma's codes for an unreachable or overloaded database (P1xxx: connection; P2024/P2037: pool). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
/** SQLSTATE classes 08 (connection), 53300 (too many connections), 57014 (statement timeout),
 *  57P01–57P03 (shutdown, crash, starting up). */
const SQLSTATE = /^(08\w{3}|53300|57014|57P0[123])$/;
const SOCKET = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE"]);
const MESSAGES =
  /can't reach database server|timeout exceeded when trying to connect|connection terminated|server has closed the connection|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|canceling statement due to statement timeout|too many clients|DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    kind?: unknown;
    originalCode?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (
    typeof e.code === "string" &&
    (PRISMA_CODES.has(e.code) || SQLSTATE.test(e.code) || SOCKET.has(e.code))
  )
    return true;
  if (typeof e.originalCode === "string" && SQLSTATE.test(e.originalCode)) return true;
  if (typeof e.kind === "string" && MESSAGES.test(e.kind)) return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  return (
    isDatabaseUnavailable(e.cause, depth + 1) ||
    isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1)
  );
}

// When this process last saw the database fail, on globalThis because the Next server's bundles
// and scripts/start.ts each load their own copy of this module.
const state = globalThis as unknown as { ldnDbUnavailableAt?: number };
const RECENT_MS = 10_000;

export function noteDatabaseUnavailable(): void {
  state.ldnDbUnavailableAt = Date.now();
}

export function noteDatabaseAvailable(): void {
  state.ldnDbUnavailableAt = undefined;
}

export function databaseRecentlyUnavailable(): boolean {
  const at = state.ldnDbUnavailableAt;
  return at !== undefined && Date.now() - at < RECENT_MS;
}
