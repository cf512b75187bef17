import { existsSync } from "node:fs";
import path from "node:path";
import { runNode } from "./build";
import { ROOT } from "./paths";
import { startNext, type AppServer } from "./server";

// The framework's floor (bench/floor): a layout and one paragraph, built with the project's own
// `next` and `react`. Lighthouse on a shared machine moves from run to run; the same run's floor
// turns an absolute figure into a ratio that holds still.

export const FLOOR_DIR = "bench/floor";
const FLOOR_DIST = path.join(ROOT, FLOOR_DIR, ".next-floor");

/** Builds the floor page (or reuses its build with --no-build). */
export async function buildFloor(reuse: boolean): Promise<void> {
  if (reuse && existsSync(path.join(FLOOR_DIST, "BUILD_ID"))) {
    console.log("• Reusing the floor page's build (--no-build)");
    return;
  }
  console.log("• Building the floor page (bench/floor) …");
  await runNode("next build (floor)", ["node_modules/next/dist/bin/next", "build", FLOOR_DIR], {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  });
}

export function startFloor(): Promise<AppServer> {
  return startNext(FLOOR_DIR, "floor page");
}
