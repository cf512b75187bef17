import "server-only";
import { parseEnv, type Env } from "@/lib/env-schema";

let cached: Env | undefined;

/** The validated server environment; throws a message naming each missing or invalid variable. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
