import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** @type {import("next").NextConfig} */
const config = {
  distDir: ".next-floor",
  // The repository's root holds node_modules and the lockfile this page is built with.
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default config;
