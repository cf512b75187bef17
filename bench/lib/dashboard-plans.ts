import type pg from "pg";

// Reading Postgres plans: EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) of the exact statement the data
// layer sent (captured from Prisma's query log, with its parameters), then a walk of the plan tree
// for the index nodes it used and any sequential scan of the submission table.

export type PlanNode = {
  "Node Type": string;
  "Index Name"?: string;
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Total Time"?: number;
  Plans?: PlanNode[];
};

export type PlanSummary = {
  indexes: string[];
  seqScans: string[];
  usesIndex: boolean;
  executionMs: number;
  outline: string[];
};

export type Explained = { plan: unknown; summary: PlanSummary };

const INDEX_NODES = new Set(["Index Scan", "Index Only Scan", "Bitmap Index Scan"]);

function walk(node: PlanNode, depth: number, visit: (node: PlanNode, depth: number) => void): void {
  visit(node, depth);
  for (const child of node.Plans ?? []) walk(child, depth + 1, visit);
}

export function summarizePlan(root: { Plan: PlanNode; "Execution Time": number }): PlanSummary {
  const indexes = new Set<string>();
  const seqScans = new Set<string>();
  const outline: string[] = [];
  walk(root.Plan, 0, (node, depth) => {
    const type = node["Node Type"];
    if (INDEX_NODES.has(type) && node["Index Name"]) indexes.add(node["Index Name"]);
    if (type === "Seq Scan" && node["Relation Name"]) seqScans.add(node["Relation Name"]);
    const on = node["Index Name"]
      ? ` using ${node["Index Name"]}`
      : node["Relation Name"]
        ? ` on ${node["Relation Name"]}`
        : "";
    outline.push(
      `${"  ".repeat(depth)}${type}${on} (rows=${node["Actual Rows"] ?? "?"}, ${node["Actual Total Time"]?.toFixed(2) ?? "?"} ms)`,
    );
  });
  return {
    indexes: [...indexes],
    seqScans: [...seqScans],
    // An index counts as used only if the submission table is never read end to end as well.
    usesIndex: indexes.size > 0 && !seqScans.has("submission"),
    executionMs: root["Execution Time"],
    outline,
  };
}

export async function explain(
  client: pg.Client,
  sql: string,
  params: unknown[],
): Promise<Explained> {
  const { rows } = await client.query<{
    "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }];
  }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
  const plan = rows[0]!["QUERY PLAN"];
  return { plan, summary: summarizePlan(plan[0]) };
}
