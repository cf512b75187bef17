import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { onCleanup } from "./lifecycle";
import { DIST_DIR, ROOT } from "./paths";

const BUILD_TIME_LIMIT_MS = 10 * 60_000;

// `next build` rewrites tsconfig.json (adds "<distDir>/types/**/*.ts" to include) and
// next-env.d.ts (imports "<distDir>/types/…") for whatever distDir it builds into. Those files
// belong to the whole team, so a benchmark build takes its own traces out again afterwards.
const SHARED_FILES = ["tsconfig.json", "next-env.d.ts"];

const mentionsBench = (value: unknown) => typeof value === "string" && value.includes(DIST_DIR);

/** The JSON without the array entries Next adds for DIST_DIR, normalized for comparison. */
function withoutBenchEntries(text: string): string | null {
  try {
    const reviver = (_key: string, value: unknown) =>
      Array.isArray(value) ? value.filter((v) => !mentionsBench(v)) : value;
    return JSON.stringify(JSON.parse(text, reviver));
  } catch {
    return null; // not plain JSON (comments?): leave it to a human
  }
}

/**
 * What a shared file should be once our build's traces are gone, or null to leave it alone.
 * Other people's builds into their own folders edit the same files at the same time, so when the
 * file no longer matches what we saw before, only the lines naming DIST_DIR are taken out.
 */
export function withoutOurBuild(name: string, before: string, now: string): string | null {
  if (!now.includes(DIST_DIR)) return null;
  // next-env.d.ts is generated ("should not be edited"): only a build writes our folder into it.
  if (name === "next-env.d.ts") return before.includes(DIST_DIR) ? null : before;
  const target = withoutBenchEntries(now);
  if (target === null) return null;
  if (withoutBenchEntries(before) === target) return before;
  const surgery = now
    .split("\n")
    .filter((line) => !line.includes(DIST_DIR))
    .join("\n")
    .replace(/,(\s*\])/g, "$1");
  return withoutBenchEntries(surgery) === target ? surgery : null;
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
      if (now === original || !now.includes(DIST_DIR)) continue;
      const restored = withoutOurBuild(name, original, now);
      if (restored !== null) await writeFile(file, restored);
      else console.warn(`! ${name} still mentions ${DIST_DIR}; remove those lines by hand`);
    }
  };
}

/** Runs `node <args>` in the repository, killed at cleanup or after the build time limit. */
export function runNode(label: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
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
  await runNode("prisma generate", ["scripts/prisma-generate.mjs"], env);
  const next = "node_modules/next/dist/bin/next";
  const restore = await snapshotSharedFiles();
  const forgetRestore = onCleanup("restore tsconfig.json and next-env.d.ts", restore);
  try {
    if (!skipTypecheck) await runNode("next build", [next, "build"], env);
    else {
      await runNode(
        "next build (compile)",
        [next, "build", "--experimental-build-mode", "compile"],
        env,
      );
      await runNode(
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
    forgetRestore();
    await restore();
  }
  console.log(`  built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return "built";
}
