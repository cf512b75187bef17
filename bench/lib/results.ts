import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { RESULTS_DIR } from "./paths";

/** Writes bench/results/<name>.json (git-ignored) and returns its path relative to the project. */
export async function writeResults(name: string, data: unknown): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
  return path.relative(process.cwd(), file);
}
