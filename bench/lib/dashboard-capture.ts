import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";

// The benchmark measures the data layer's own functions, so it must use the app's Prisma client
// path, yet it also needs the SQL those functions send. lib/db.ts keeps its one client on
// globalThis.prisma and only creates one if none is there: installing a client with the query log
// switched on, before the data layer first runs, gives both without touching application code.

export type CapturedQuery = { sql: string; params: unknown[] };

export type LoggingClient = {
  /** Runs `work` and returns the statements it sent (in order). */
  capture: <T>(work: () => Promise<T>) => Promise<{ result: T; queries: CapturedQuery[] }>;
  disconnect: () => Promise<void>;
};

export function installLoggingClient(url: string, poolMax: number): LoggingClient {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: poolMax }),
    log: [{ emit: "event", level: "query" }],
  });
  let sink: CapturedQuery[] | null = null;
  client.$on("query", (event) => {
    sink?.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] });
  });
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
  return {
    capture: async (work) => {
      const queries: CapturedQuery[] = [];
      sink = queries;
      try {
        return { result: await work(), queries };
      } finally {
        sink = null;
      }
    },
    disconnect: () => client.$disconnect(),
  };
}
