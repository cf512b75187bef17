import { GZIP_LEVEL, kb, type PageJs } from "./first-load-js";
import type { FloorResult } from "./floor";
import { ASSESSMENT_BUDGET_KB, LEARN_OVER_BARE_BUDGET_KB, type JsBudgets } from "./js-budgets";
import type { LoadResult } from "./load";
import type { TriageTiming } from "./triage-time";
import { mark, ms, printTable } from "./table";

export type SubmitReport = {
  options: { requests: number; concurrency: number; poolMax: number; warmup: number };
  cpus: number;
  app: LoadResult & { serverCpuMsPerRequest: number; rowsStored: number };
  floor: FloorResult;
  appOverFloor: { throughput: number; p50: number };
  js: { bare: PageJs; learn: PageJs; assessment: PageJs; budgets: JsBudgets };
  triage: TriageTiming;
};

const size = (page: PageJs) =>
  `${kb(page.gzipBytes)} KB${page.status === 200 ? "" : ` (HTTP ${page.status})`}`;

/** The compact final table of bench:submit. */
export function printSubmitReport({
  options,
  cpus,
  app,
  floor,
  appOverFloor,
  js,
  triage,
}: SubmitReport): void {
  const { requests, concurrency, poolMax, warmup } = options;
  console.log(
    `\nbench:submit — ${cpus} CPUs, concurrency ${concurrency}, pool ${poolMax}, ${warmup} warm-up requests first`,
  );
  printTable([
    ["", "count", "non-2xx", "per second", "p50", "p99"],
    [
      "POST /api/assessments",
      app.requests,
      app.non2xx + app.errors,
      app.perSecond.toFixed(1),
      ms(app.latencyMs.p50),
      ms(app.latencyMs.p99),
    ],
    [
      "pg INSERT floor",
      floor.inserts,
      "—",
      floor.perSecond.toFixed(1),
      ms(floor.latencyMs.p50),
      ms(floor.latencyMs.p99),
    ],
    ["app / floor", "", "", `${appOverFloor.throughput}×`, `${appOverFloor.p50}×`, ""],
  ]);
  console.log(
    `  next-server CPU: ${app.serverCpuMsPerRequest} ms per request (Postgres and autocannon share the CPUs)`,
  );
  console.log(`  rows stored: ${app.rowsStored} of ${warmup + requests} (one per Idempotency-Key)`);
  console.log(
    `  triage (screening) per submission: typical p50 ${triage.typical.p50} ms, p99 ${triage.typical.p99} ms; ` +
      `every text field at its limit p50 ${triage.maxLengthText.p50} ms, p99 ${triage.maxLengthText.p99} ms\n`,
  );

  const { bare, learn, assessment, budgets } = js;
  printTable([
    [`first-load JS (gzip -${GZIP_LEVEL})`, "size", "chunks", "budget"],
    ["bare (not-found page)", size(bare), bare.chunks.length, ""],
    [
      "/learn",
      size(learn),
      learn.chunks.length,
      `${budgets.learnOverBareKb ?? "?"} KB over bare, ≤ ${LEARN_OVER_BARE_BUDGET_KB} KB ${mark(budgets.learnWithin10KbOfBare)}`,
    ],
    [
      "/assessment",
      size(assessment),
      assessment.chunks.length,
      `< ${ASSESSMENT_BUDGET_KB} KB ${mark(budgets.assessmentUnder230Kb)}`,
    ],
  ]);
}
