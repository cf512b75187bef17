import { setTimeout as sleep } from "node:timers/promises";

/** Polls `check` until it holds (the test's own timeout bounds the wait; nothing is timed). */
export async function until(check: () => boolean | Promise<boolean>, everyMs = 50): Promise<void> {
  while (!(await check())) await sleep(everyMs);
}
