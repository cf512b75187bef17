import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { migrate, MIGRATIONS_DIR } from "../../lib/migrate";

// A throwaway Postgres cluster the fault tests can stop and start (initdb/pg_ctl from the Debian
// install), on a port of its own so the shared server is never touched. initdb refuses to run as
// root, so as root the commands run as the postgres user.

const run = promisify(execFile);
const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export type PgCluster = {
  url: string;
  port: number;
  /** `fast` disconnects every client at once, as a managed database's failover or restart does. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  destroy: () => Promise<void>;
};

async function asPostgres(command: string, args: string[]): Promise<void> {
  const [file, argv] =
    process.getuid?.() === 0
      ? ["runuser", ["-u", "postgres", "--", path.join(BIN, command), ...args]]
      : [path.join(BIN, command), args];
  await run(file, argv, { timeout: 60_000 });
}

/** A new cluster on `port` (55400-55499 in this project's tests), started and migrated. */
export async function startCluster(port: number): Promise<PgCluster> {
  const dir = await mkdtemp(path.join(tmpdir(), "ldn-pg-"));
  await chmod(dir, 0o777);
  const data = path.join(dir, "data");
  if (process.getuid?.() === 0) await run("chown", ["postgres", dir]);
  await asPostgres("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const pgctl = (...args: string[]) => asPostgres("pg_ctl", ["-D", data, "-w", ...args]);
  const cluster: PgCluster = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: () => pgctl("-o", opts, "-l", path.join(dir, "log"), "start"),
    stop: () => pgctl("-m", "fast", "stop"),
    destroy: async () => {
      await pgctl("-m", "immediate", "stop").catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  await migrate(cluster.url, MIGRATIONS_DIR);
  return cluster;
}
