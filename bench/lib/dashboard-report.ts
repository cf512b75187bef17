import type { Latency, StatementResult } from "./dashboard-measure";
import { mark, ms, printTable } from "./table";

// The console report of bench:dashboard: one table of the data-layer calls against the target,
// one of the statements they sent, timed alone, and the outline of every plan.

export const TARGET_P95_MS = 50;

export type CaseResult = {
  key: string;
  label: string;
  input: Record<string, unknown>;
  items: number;
  latency: Latency;
  statements: StatementResult[];
};

export const meetsTarget = (latency: Latency): boolean => latency.p95 < TARGET_P95_MS;

function indexCell(statement: StatementResult | undefined): string {
  const summary = statement?.summary;
  if (!summary) return "—";
  if (summary.usesIndex) return summary.indexes.join(", ");
  const also = summary.indexes.length ? `; ${summary.indexes.join(", ")}` : "";
  return `NO (seq scan of ${summary.seqScans.join(", ")}${also})`;
}

export function printReport(results: CaseResult[], reps: number): void {
  const statement = (r: CaseResult, role: StatementResult["role"]) =>
    r.statements.find((s) => s.role === role);
  console.log(`\nlistSubmissions (page + tab counts + audit insert), ${reps} calls each:`);
  printTable([
    [
      "case",
      "items",
      "p50",
      "p95",
      `p95 < ${TARGET_P95_MS} ms`,
      "page query index",
      "counts query index",
    ],
    ...results.map((r) => [
      r.label,
      r.items,
      ms(r.latency.p50),
      ms(r.latency.p95),
      mark(meetsTarget(r.latency)),
      indexCell(statement(r, "page")),
      indexCell(statement(r, "counts")),
    ]),
  ]);

  console.log(`\nThe statements alone (plain pg, same SQL and parameters), ${reps} runs each:`);
  printTable([
    ["case", "statement", "p50", "p95", "uses index"],
    ...results.flatMap((r) =>
      r.statements.map((s) => [
        r.label,
        s.role,
        ms(s.latency.p50),
        ms(s.latency.p95),
        s.summary ? mark(s.summary.usesIndex) : "n/a",
      ]),
    ),
  ]);

  console.log("\nPlans (EXPLAIN ANALYZE; full JSON in the results file):");
  for (const r of results)
    for (const s of r.statements)
      if (s.summary)
        console.log(
          `  ${r.label} — ${s.role}:\n${s.summary.outline.map((l) => `      ${l}`).join("\n")}`,
        );

  const failing = results.filter((r) => !meetsTarget(r.latency)).map((r) => r.label);
  console.log(
    failing.length
      ? `\n✗ Over the p95 target: ${failing.join("; ")}`
      : `\n✓ Every case meets p95 < ${TARGET_P95_MS} ms`,
  );
}
