// npm start — serves the production build on PORT against DATABASE_URL. Checks the configuration
// first so a missing variable is a clear message at start-up, not an error on the first request.
import { spawn } from "node:child_process";
import { parseEnv } from "../lib/env-schema";

let port: number;
try {
  ({ PORT: port } = parseEnv({ ...process.env, NODE_ENV: "production" }));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const next = spawn(
  process.execPath,
  ["node_modules/next/dist/bin/next", "start", "-p", String(port)],
  {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 1));
