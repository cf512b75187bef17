// npm run bench:pages [-- --no-build --skip-typecheck --runs 3 --mobile-only --pages /,/learn]
// Lighthouse 12 on the public pages of a production build and on the framework's floor (a bare
// Next.js page built from the same next/react, bench/floor), run alternately in one session: the
// four category scores, LCP and TBT as absolute figures and as ratios to the floor's, and for every
// miss the audits that cause it. A ratio to the same run's floor holds still on a shared machine
// where absolute scores do not. Median of --runs runs (at least 3).
import os from "node:os";
import { flags, positiveInt } from "./lib/args";
import { buildApp } from "./lib/build";
import { createBenchDatabase } from "./lib/database";
import { buildFloor, startFloor } from "./lib/floor-page";
import { runBenchmark } from "./lib/lifecycle";
import {
  audit,
  CATEGORIES,
  launchChromium,
  TARGETS,
  type FormFactor,
  type PageReport,
} from "./lib/lighthouse";
import { startServer } from "./lib/server";
import { percentile } from "./lib/stats";
import { printTable } from "./lib/table";
import { writeResults } from "./lib/results";

const options = flags({
  "no-build": { type: "boolean", default: false },
  "skip-typecheck": { type: "boolean", default: false },
  runs: { type: "string", default: "3" },
  "mobile-only": { type: "boolean", default: false },
  /** A comma-separated subset of the pages, e.g. --pages /,/learn (the floor always runs). */
  pages: { type: "string", default: "" },
});
const runs = positiveInt(options.runs, "runs");
const formFactors: FormFactor[] = options["mobile-only"] ? ["mobile"] : ["mobile", "desktop"];

/** Mobile targets as ratios to the floor (the patient is on a phone): TBT and LCP each. */
const RATIO_TARGETS: Record<string, { tbt: number; lcp: number }> = {
  "/": { tbt: 1.2, lcp: 1.5 },
  "/learn": { tbt: 1.2, lcp: 1.5 },
  "/assessment": { tbt: 1.5, lcp: 1.5 },
};
const PAGES = options.pages
  ? options.pages.split(",").filter((page) => page in RATIO_TARGETS)
  : Object.keys(RATIO_TARGETS);
const FLOOR = "floor";

const score = (value: number | null) => (value === null ? "—" : value.toFixed(2));
const num = (value: number | null, unit: string, digits = 0) =>
  value === null ? "—" : `${value.toFixed(digits)}${unit}`;

type Summary = {
  path: string;
  formFactor: FormFactor;
  /** The run with the median performance score: its category scores and failing audits. */
  report: PageReport;
  lcpMs: number | null;
  tbtMs: number | null;
  lcpRatio: number | null;
  tbtRatio: number | null;
  /** Ratio targets missed (mobile only). */
  ratioMisses: string[];
};

function medianRun(reports: PageReport[]): PageReport {
  const sorted = [...reports].sort(
    (a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0),
  );
  return sorted[Math.floor(sorted.length / 2)]!;
}

function medianOf(reports: PageReport[], metric: "lcpMs" | "tbtMs"): number | null {
  const values = reports.map((r) => r.metrics[metric]).filter((v): v is number => v !== null);
  return values.length
    ? percentile(
        [...values].sort((a, b) => a - b),
        50,
      )
    : null;
}

/** page ÷ floor; a floor of 0 ms (desktop TBT) has no meaningful ratio. */
const ratio = (value: number | null, floor: number | null) =>
  value === null || floor === null || floor <= 0 ? null : value / floor;

function summarize(
  path: string,
  formFactor: FormFactor,
  reports: PageReport[],
  floor: Pick<Summary, "lcpMs" | "tbtMs"> | null,
): Summary {
  const lcpMs = medianOf(reports, "lcpMs");
  const tbtMs = medianOf(reports, "tbtMs");
  const lcpRatio = floor ? ratio(lcpMs, floor.lcpMs) : null;
  const tbtRatio = floor ? ratio(tbtMs, floor.tbtMs) : null;
  const target = formFactor === "mobile" ? RATIO_TARGETS[path] : undefined;
  const ratioMisses: string[] = [];
  if (target && tbtRatio !== null && tbtRatio > target.tbt)
    ratioMisses.push(`TBT ${tbtRatio.toFixed(2)}× floor > ${target.tbt}×`);
  if (target && lcpRatio !== null && lcpRatio > target.lcp)
    ratioMisses.push(`LCP ${lcpRatio.toFixed(2)}× floor > ${target.lcp}×`);
  return {
    path,
    formFactor,
    report: medianRun(reports),
    lcpMs,
    tbtMs,
    lcpRatio,
    tbtRatio,
    ratioMisses,
  };
}

/** Misses of accessibility, best practices and SEO (= 1.00) and of the ratio targets. */
function printMisses(summaries: Summary[]): void {
  let any = false;
  for (const { path, formFactor, report, ratioMisses } of summaries) {
    if (path === FLOOR) continue;
    const categoryMisses = report.misses.filter((m) => m.category !== "performance");
    const performance = report.misses.find((m) => m.category === "performance");
    if (categoryMisses.length === 0 && ratioMisses.length === 0) continue;
    any = true;
    for (const miss of ratioMisses) console.log(`\n  ✗ ${path} (${formFactor}) ${miss}`);
    const shown =
      ratioMisses.length && performance ? [performance, ...categoryMisses] : categoryMisses;
    for (const miss of shown) {
      console.log(
        `\n  ${miss.category === "performance" ? "·" : "✗"} ${path} (${formFactor}) ${miss.category} ${score(miss.score)}`,
      );
      for (const failing of miss.failingAudits) {
        const value = failing.displayValue ? ` (${failing.displayValue})` : "";
        console.log(
          `      - ${failing.id}: ${failing.title}${value} [score ${score(failing.score)}]`,
        );
        for (const item of failing.items.slice(0, 5))
          console.log(`          · ${item.slice(0, 300)}`);
        if (failing.items.length > 5)
          console.log(`          · … ${failing.items.length - 5} more in bench/results/pages.json`);
      }
    }
  }
  if (!any) console.log("\n  All targets met.");
}

/** Lighthouse sometimes fails to record a trace (NO_NAVSTART, …): that run is taken again. */
async function auditWithRetry(...args: Parameters<typeof audit>): Promise<PageReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(...args);
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`! ${(error as Error).message.slice(0, 160)} — again`);
    }
  }
}

runBenchmark("bench:pages", (20 + runs * 10) * 60_000, async () => {
  console.log(
    `bench:pages — Lighthouse on the floor, ${PAGES.join(", ")} (${formFactors.join(" + ")}), ${runs} alternating run(s)`,
  );
  await buildApp({ reuse: options["no-build"], skipTypecheck: options["skip-typecheck"] });
  await buildFloor(options["no-build"]);
  const database = await createBenchDatabase();
  const server = await startServer(database.url, 10);
  const floor = await startFloor();

  const targets = [
    { path: FLOOR, url: `${floor.origin}/` },
    ...PAGES.map((path) => ({ path, url: `${server.origin}${path}` })),
  ];
  for (const target of targets) {
    const response = await fetch(target.url, { signal: AbortSignal.timeout(15_000) });
    await response.arrayBuffer(); // also warms the server's caches before Lighthouse loads the page
    if (response.status !== 200)
      throw new Error(`${target.path} answered HTTP ${response.status}: nothing to measure`);
  }

  const reports = new Map<string, PageReport[]>();
  const browser = await launchChromium();
  for (let run = 1; run <= runs; run++) {
    for (const formFactor of formFactors) {
      for (const target of targets) {
        const report = await auditWithRetry(browser, target.url, target.path, formFactor);
        const key = `${target.path} ${formFactor}`;
        reports.set(key, [...(reports.get(key) ?? []), report]);
        console.log(
          `• run ${run}/${runs} ${target.path} (${formFactor}): LCP ${num(report.metrics.lcpMs, " ms")}, TBT ${num(report.metrics.tbtMs, " ms")}`,
        );
      }
    }
  }
  await browser.close();
  await floor.stop();
  await server.stop();
  await database.drop();

  const summaries: Summary[] = [];
  for (const formFactor of formFactors) {
    const floorSummary = summarize(FLOOR, formFactor, reports.get(`${FLOOR} ${formFactor}`)!, null);
    summaries.push(floorSummary);
    for (const path of PAGES)
      summaries.push(
        summarize(path, formFactor, reports.get(`${path} ${formFactor}`)!, floorSummary),
      );
  }

  const file = await writeResults("pages", {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg() },
    lighthouse: "12.2.3",
    targets: { categories: TARGETS, ratiosMobile: RATIO_TARGETS },
    runs,
    pages: summaries,
  });

  console.log(
    `\nbench:pages — Lighthouse 12.2.3, ${os.cpus().length} CPUs, median of ${runs}; targets (mobile): TBT ≤ 1.2× floor on / and /learn, ≤ 1.5× on /assessment; LCP ≤ 1.5× floor; accessibility, best practices, SEO = 1.00`,
  );
  const ratioCell = (value: number | null, limit: number | undefined) =>
    value === null
      ? "—"
      : `${value.toFixed(2)}×${limit !== undefined && value > limit ? " ✗" : ""}`;
  printTable([
    ["page", "form", ...CATEGORIES, "LCP", "LCP ÷ floor", "TBT", "TBT ÷ floor", "CLS"],
    ...summaries.map(({ path, formFactor, report, lcpMs, tbtMs, lcpRatio, tbtRatio }) => {
      const target = formFactor === "mobile" ? RATIO_TARGETS[path] : undefined;
      return [
        path,
        formFactor,
        ...CATEGORIES.map((c) =>
          c === "performance" || path === FLOOR
            ? score(report.scores[c])
            : `${score(report.scores[c])}${(report.scores[c] ?? 0) < TARGETS[c] ? " ✗" : ""}`,
        ),
        num(lcpMs, " ms"),
        path === FLOOR ? "1" : ratioCell(lcpRatio, target?.lcp),
        num(tbtMs, " ms"),
        path === FLOOR ? "1" : ratioCell(tbtRatio, target?.tbt),
        num(report.metrics.cls, "", 3),
      ];
    }),
  ]);
  printMisses(summaries);
  const all = [...reports.values()].flat();
  const errored = [...new Set(all.flatMap((r) => r.erroredAudits.map((a) => a.id)))];
  if (errored.length > 0) {
    const message = all.flatMap((r) => r.erroredAudits)[0]!.message.slice(0, 160);
    console.log(
      `\n  Lighthouse could not compute (tool error, not a page problem): ${errored.join(", ")}\n    first error: ${message}`,
    );
  }
  const warnings = [...new Set(all.flatMap((r) => r.warnings))];
  if (warnings.length > 0)
    console.log(`\n  Lighthouse warnings:\n${warnings.map((w) => `    - ${w}`).join("\n")}`);
  console.log(
    `\n  Load average (1/5/15 min) at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" / ")}`,
  );
  console.log(`  results: ${file}`);
});
