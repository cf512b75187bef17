// A Prisma generator that writes the DMMF (Prisma's parsed view of schema.prisma) to
// <output>/dmmf.json. tests/support/prisma-dmmf.ts runs `prisma generate` with it so the drift test
// reads the schema exactly as Prisma understands it, without @prisma/internals.
//
// Protocol (as in @prisma/generator-helper): JSON-RPC requests arrive one per line on stdin,
// responses go one per line to stderr.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";

const respond = (message) =>
  process.stderr.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const request = JSON.parse(line);
  if (request.method === "getManifest") {
    respond({
      id: request.id,
      result: { manifest: { prettyName: "DMMF (tests)", requiresEngines: [] } },
    });
  } else if (request.method === "generate") {
    try {
      const output = request.params.generator.output.value;
      mkdirSync(output, { recursive: true });
      writeFileSync(path.join(output, "dmmf.json"), JSON.stringify(request.params.dmmf.datamodel));
      respond({ id: request.id, result: null });
    } catch (error) {
      respond({ id: request.id, error: { code: -32000, message: String(error), data: null } });
    }
  }
});
