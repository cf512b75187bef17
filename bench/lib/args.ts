import { parseArgs } from "node:util";

type Spec = Record<string, { type: "string" | "boolean"; default?: string | boolean }>;

/** Parses the command-line flags; an unknown flag is an error rather than silently ignored. */
export function flags<S extends Spec>(spec: S) {
  return parseArgs({ args: process.argv.slice(2), options: spec, strict: true }).values;
}

export function positiveInt(value: string | boolean | undefined, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive integer, got ${String(value)}`);
  return n;
}
