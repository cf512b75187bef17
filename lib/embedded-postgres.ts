import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// A zero-install Postgres for the demo and for tests on machines without one: PGlite (Postgres
// compiled to WebAssembly) served over the real wire protocol, so the app connects to it exactly
// as it would to any Postgres — application code only ever sees a connection string.

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(
  options: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  // Extensions the migrations create must be compiled in: pg_trgm backs the dashboard search.
  const pglite = await PGlite.create(options.dataDir, { extensions: { pg_trgm } });
  // PGlite runs one query at a time; the socket server multiplexes client connections onto it.
  const server = new PGLiteSocketServer({
    db: pglite,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: 16,
  });
  await server.start();
  const address = server.getServerConn();
  const url = `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`;
  return {
    url,
    stop: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}
