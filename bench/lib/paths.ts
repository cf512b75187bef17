import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project root, whatever directory the benchmark was started from. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The benchmarks' own Next build folder, so a dev server's or a test run's `.next` is never clobbered. */
export const DIST_DIR = ".next-bench";

export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
export const RESULTS_DIR = path.join(ROOT, "bench", "results");
