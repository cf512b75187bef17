import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { noteDatabaseUnavailable } from "@/lib/db-availability";
import { env } from "@/lib/env";

function createPool(): pg.Pool {
  const {
    DATABASE_URL,
    DATABASE_POOL_MAX,
    DATABASE_CONNECT_TIMEOUT_MS,
    DATABASE_STATEMENT_TIMEOUT_MS,
  } = env();
  // Bounded waits: a request that cannot get a connection in time, or whose statement runs too
  // long, fails (and is answered 503) instead of queueing without limit while Postgres is away.
  return new pg.Pool({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_MAX,
    connectionTimeoutMillis: DATABASE_CONNECT_TIMEOUT_MS,
    statement_timeout: DATABASE_STATEMENT_TIMEOUT_MS,
  });
}

function createPrismaClient(pool: pg.Pool): PrismaClient {
  // A connection dropped by the server (restart, failover) marks the database as away for a
  // moment, so pages failing meanwhile are answered 503 (scripts/start.ts).
  const adapter = new PrismaPg(pool, {
    onPoolError: noteDatabaseUnavailable,
    onConnectionError: noteDatabaseUnavailable,
  });
  return new PrismaClient({ adapter });
}

// One pool and one client per process: dev hot reloads re-evaluate modules, so the instances live
// on globalThis. Created on first use so that `next build` can import route modules without a
// database.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pgPool?: pg.Pool };

/** The process's Postgres pool, shared by Prisma and the abuse limiters (lib/abuse/limits.ts). */
export function pgPool(): pg.Pool {
  globalForPrisma.pgPool ??= createPool();
  return globalForPrisma.pgPool;
}

export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(pgPool());
  return globalForPrisma.prisma;
}
