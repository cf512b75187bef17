import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Datamodel } from "./schema-types";

// Prisma's DMMF is its parsed, validated view of schema.prisma: models with @map names, native
// types, optionality, @id/@unique/@@index with their database names. @prisma/internals (getDMMF)
// is not a dependency and Prisma 7's generated client no longer carries the DMMF, so this runs
// `prisma generate` on a copy of the schema whose only generator is dmmf-generator.mjs: the CLI
// hands every generator the DMMF, and that one writes it to a file. Generation needs no engine.

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PRISMA_CLI = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
const GENERATOR = fileURLToPath(new URL("./dmmf-generator.mjs", import.meta.url));
export const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PRISMA_CLI, ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        // As scripts/prisma-generate.mjs does: the engine must exist as a file, it is never run.
        PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
      },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** The DMMF datamodel of a schema given as text (schema.prisma itself, or an edited copy). */
export async function datamodelOf(schema: string): Promise<Datamodel> {
  const dir = await mkdtemp(path.join(tmpdir(), "ldn-dmmf-"));
  try {
    const generator = `generator dmmf {\n  provider = ${JSON.stringify(`node "${GENERATOR}"`)}\n  output   = ${JSON.stringify(path.join(dir, "out"))}\n}\n`;
    const copy = schema.replace(/^generator\s+\w+\s*\{[^}]*\}/gm, "");
    const schemaPath = path.join(dir, "schema.prisma");
    await writeFile(schemaPath, `${generator}\n${copy}`);
    const result = await run(["generate", "--schema", schemaPath]);
    if (result.code !== 0) throw new Error(`prisma generate failed:\n${result.output}`);
    return JSON.parse(await readFile(path.join(dir, "out", "dmmf.json"), "utf8")) as Datamodel;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The DMMF datamodel of prisma/schema.prisma. */
export async function projectDatamodel(): Promise<Datamodel> {
  return datamodelOf(await readFile(SCHEMA_PATH, "utf8"));
}
