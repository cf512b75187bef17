import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every state-changing route handler under app/api that staff use goes through the one CSRF guard
// (lib/http/staff-write.ts) before anything else: either written out (`assertStaffWrite(request)`
// first) or made by staffRoute (lib/http/staff-route.ts) from an operation declared with that
// method, which runs the guard first for every method but GET. The public intake and Auth.js's own
// endpoints are the only writes without it. A new write route that forgets the guard fails here.

const PUBLIC_WRITES: Record<string, string> = {
  "app/api/assessments/route.ts": "the patient intake: no session cookie is involved",
  "app/api/auth/[...nextauth]/route.ts": "Auth.js's endpoints, which check their own CSRF token",
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const WRITE = "(POST|PUT|PATCH|DELETE)";

/** The handler bodies of each exported write method: "POST" → the source from its export on. */
function writeHandlers(source: string): [string, string][] {
  const exports = [
    ...source.matchAll(new RegExp(`export\\s+async\\s+function\\s+${WRITE}\\b`, "g")),
    ...source.matchAll(new RegExp(`export\\s+const\\s+${WRITE}\\s*=`, "g")),
  ];
  return exports.map((m) => [m[1]!, source.slice(m.index)]);
}

const operations = readFileSync("lib/staff-api/operations.ts", "utf8");
const adapter = readFileSync("lib/http/staff-route.ts", "utf8");

/** The method an operation is declared with: `export const name = defineOperation({ … method: "post"`. */
function declaredMethod(name: string): string | undefined {
  const start = operations.indexOf(`export const ${name} = defineOperation(`);
  if (start < 0) return undefined;
  return /method: "(\w+)"/.exec(operations.slice(start))?.[1];
}

describe("staff write routes", () => {
  const root = process.cwd();
  const files = routeFiles(path.join(root, "app/api")).map((f) => path.relative(root, f));

  it("finds the staff writes", () => {
    const writes = files.filter(
      (f) => !(f in PUBLIC_WRITES) && writeHandlers(readFileSync(f, "utf8")).length > 0,
    );
    expect(writes.length).toBeGreaterThanOrEqual(4);
  });

  it("staffRoute runs the guard first for every method but GET", () => {
    expect(adapter).toMatch(
      /try\s*\{\s*if \(operation\.method !== "get"\) assertStaffWrite\(request\);/,
    );
  });

  for (const file of files) {
    if (file in PUBLIC_WRITES) continue;
    const source = readFileSync(path.join(root, file), "utf8");
    for (const [method, body] of writeHandlers(source)) {
      it(`${method} in ${file} calls assertStaffWrite(request) first`, () => {
        const made = /^export\s+const\s+\w+\s*=\s*staffRoute\((\w+)\);/.exec(body);
        if (made) expect(declaredMethod(made[1]!)).toBe(method.toLowerCase());
        else expect(body).toMatch(/^[^]*?\{\s*try\s*\{\s*assertStaffWrite\(request\);/);
      });
    }
  }
});
