import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { onCleanup } from "./lifecycle";
import { DIST_DIR, ROOT } from "./paths";

const BUILD_TIME_LIMIT_MS = 10 * 60_000;

// `next build` rewrites tsconfig.json (adds "<distDir>/types/**/*.ts" to include) and
// next-env.d.ts (imports "<distDir>/types/…") for whatever distDir it builds into. Those files
// belong to the whole team, so a benchmark build puts back exactly what was there before — unless
// someone else changed them meanwhile, in which case it leaves them and says so.
const SHARED_FILES = ["tsconfig.json", "next-env.d.ts"];

/** True when `after` is `before` plus only what a build into DIST_DIR adds. */
function onlyBenchBuildChanged(name: string, before: string, after: string): boolean {
  if (!after.includes(DIST_DIR)) return false;
  // next-env.d.ts is generated ("should not be edited"): any mention of our folder is Next's doing.
  if (name === "next-env.d.ts") return !before.includes(DIST_DIR);
  const withoutBench = (text: string): string =>
    JSON.stringify(
      JSON.parse(text, (_key, value: unknown) =>
        Array.isArray(value)
          ? value.filter((v) => !(typeof v === "string" && v.includes(DIST_DIR)))
          : value,
      ),
    );
  try {
    return withoutBench(before) === withoutBench(after);
  } catch {
    return false; // not plain JSON (comments?): leave it to a human
  }
}

async function snapshotSharedFiles(): Promise<() => Promise<void>> {
  const before = new Map<string, string | null>();
  for (const name of SHARED_FILES) {
    const file = path.join(ROOT, name);
    before.set(name, existsSync(file) ? await readFile(file, "utf8") : null);
  }
  return async () => {
    for (const [name, original] of before) {
      const file = path.join(ROOT, name);
      if (original === null || !existsSync(file)) continue;
      const now = await readFile(file, "utf8");
      if (now === original) continue;
      if (onlyBenchBuildChanged(name, original, now)) await writeFile(file, original);
      else console.warn(`! ${name} changed during the build (not only by Next); left as is`);
    }
  };
}

function run(label: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const kill = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  };
  const forget = onCleanup(label, kill, kill);
  const timer = setTimeout(kill, BUILD_TIME_LIMIT_MS);
  return new Promise((resolve, reject) => {
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      forget();
      if (code === 0) return resolve();
      const tail = output.trim().split("\n").slice(-40).join("\n");
      reject(new Error(`${label} failed (${signal ?? `exit ${code}`}):\n${tail}`));
    });
  });
}

export type BuildOptions = {
  /** --no-build: reuse .next-bench when it holds a finished build. */
  reuse: boolean;
  /**
   * --skip-typecheck: `next build` type-checks the whole tree, so a teammate's unfinished file can
   * fail a benchmark build. Compiling and prerendering in two steps (Next's compile/generate build
   * modes) skips only that check; `npm run typecheck` stays the gate for types.
   */
  skipTypecheck: boolean;
};

/** Builds the production app into .next-bench (or reuses it) — never into the team's `.next`. */
export async function buildApp({
  reuse,
  skipTypecheck,
}: BuildOptions): Promise<"reused" | "built"> {
  if (reuse && existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) {
    console.log(`• Reusing the existing ${DIST_DIR} build (--no-build)`);
    return "reused";
  }
  const started = Date.now();
  console.log(
    `• Building the production app into ${DIST_DIR}${skipTypecheck ? " (without type check)" : ""} …`,
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST_DIR,
  };
  await run("prisma generate", ["scripts/prisma-generate.mjs"], env);
  const next = "node_modules/next/dist/bin/next";
  const restore = await snapshotSharedFiles();
  try {
    if (!skipTypecheck) await run("next build", [next, "build"], env);
    else {
      await run(
        "next build (compile)",
        [next, "build", "--experimental-build-mode", "compile"],
        env,
      );
      await run(
        "next build (generate)",
        [next, "build", "--experimental-build-mode", "generate"],
        env,
      );
    }
  } catch (error) {
    if (!skipTypecheck && /Failed to type check/.test((error as Error).message))
      throw new Error(
        `${(error as Error).message}\n(the tree does not type-check; --skip-typecheck builds anyway)`,
      );
    throw error;
  } finally {
    await restore();
  }
  console.log(`  built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return "built";
}
