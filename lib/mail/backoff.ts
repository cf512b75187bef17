// When a failed email is tried again: 30 s, 1 min, 2 min, … doubling per attempt, capped at one
// hour, with ±20 % jitter so messages that failed together (an SMTP outage) do not retry in a herd.

export const BASE_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 60 * 60_000;

/** Delay after the `attempts`-th failed attempt (1-based). `random` is injectable for tests. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const exponential = BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1);
  const capped = Math.min(exponential, MAX_DELAY_MS);
  return Math.round(capped * (0.8 + 0.4 * random()));
}
