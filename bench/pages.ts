// npm run bench:pages [-- --no-build --skip-typecheck --runs 1 --mobile-only]
// Lighthouse 12 (mobile, then desktop) on the public pages of a production build: the four category
// scores against their targets, LCP/TBT/CLS, and for every miss the audits that cause it.
import os from "node:os";
import { flags, positiveInt } from "./lib/args";
import { buildApp } from "./lib/build";
import { createBenchDatabase } from "./lib/database";
import { runBenchmark } from "./lib/lifecycle";
import {
  audit,
  CATEGORIES,
  launchChromium,
  TARGETS,
  type FormFactor,
  type PageReport,
} from "./lib/lighthouse";
import { writeResults } from "./lib/results";
import { startServer } from "./lib/server";
import { printTable } from "./lib/table";

const options = flags({
  "no-build": { type: "boolean", default: false },
  "skip-typecheck": { type: "boolean", default: false },
  // Lighthouse varies from run to run; with --runs N the run with the median performance score is kept.
  runs: { type: "string", default: "1" },
  "mobile-only": { type: "boolean", default: false },
});
const runs = positiveInt(options.runs, "runs");
const PAGES = ["/", "/learn", "/assessment"];
const formFactors: FormFactor[] = options["mobile-only"] ? ["mobile"] : ["mobile", "desktop"];

const score = (value: number | null) => (value === null ? "—" : value.toFixed(2));
const num = (value: number | null, unit: string, digits = 0) =>
  value === null ? "—" : `${value.toFixed(digits)}${unit}`;

function medianRun(reports: PageReport[]): PageReport {
  const sorted = [...reports].sort(
    (a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0),
  );
  return sorted[Math.floor(sorted.length / 2)]!;
}

function printMisses(reports: PageReport[]): void {
  const missed = reports.filter((r) => r.misses.length > 0);
  if (missed.length === 0) return console.log("\n  All targets met.");
  for (const report of missed) {
    for (const miss of report.misses) {
      console.log(
        `\n  ✗ ${report.path} (${report.formFactor}) ${miss.category} ${score(miss.score)} < ${miss.target.toFixed(2)}`,
      );
      if (miss.failingAudits.length === 0)
        console.log("      (no single audit fails; the score is the weighted sum of the metrics)");
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
}

runBenchmark("bench:pages", 30 * 60_000, async () => {
  console.log(
    `bench:pages — Lighthouse on ${PAGES.join(", ")} (${formFactors.join(" + ")}, ${runs} run(s) each)`,
  );
  await buildApp({ reuse: options["no-build"], skipTypecheck: options["skip-typecheck"] });
  const database = await createBenchDatabase();
  const server = await startServer(database.url, 10);

  const reports: PageReport[] = [];
  const missing: { path: string; status: number }[] = [];
  const browser = await launchChromium();
  for (const path of PAGES) {
    const response = await fetch(`${server.origin}${path}`, {
      signal: AbortSignal.timeout(15_000),
    });
    await response.arrayBuffer(); // also warms the server's caches before Lighthouse loads the page
    if (response.status !== 200) {
      console.log(`! ${path} answered HTTP ${response.status}: skipped`);
      missing.push({ path, status: response.status });
      continue;
    }
    for (const formFactor of formFactors) {
      const attempts: PageReport[] = [];
      for (let i = 0; i < runs; i++)
        attempts.push(await audit(browser, `${server.origin}${path}`, path, formFactor));
      const report = medianRun(attempts);
      console.log(`• ${path} (${formFactor}): performance ${score(report.scores.performance)}`);
      reports.push(report);
    }
  }
  await browser.close();
  await server.stop();
  await database.drop();

  const file = await writeResults("pages", {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    lighthouse: "12.2.3",
    targets: TARGETS,
    runs,
    pages: reports,
    missing,
  });

  console.log(
    `\nbench:pages — Lighthouse 12.2.3, ${os.cpus().length} CPUs; targets: performance ≥ 0.95, others = 1.00`,
  );
  printTable([
    ["page", "form", ...CATEGORIES, "LCP", "TBT", "CLS", "CPU index"],
    ...reports.map((r) => [
      r.path,
      r.formFactor,
      ...CATEGORIES.map(
        (c) => `${score(r.scores[c])}${(r.scores[c] ?? 0) < TARGETS[c] ? " ✗" : ""}`,
      ),
      num(r.metrics.lcpMs, " ms"),
      num(r.metrics.tbtMs, " ms"),
      num(r.metrics.cls, "", 3),
      Math.round(r.benchmarkIndex),
    ]),
    ...missing.map((m) => [m.path, `HTTP ${m.status}`, "—", "—", "—", "—", "—", "—", "—", "—"]),
  ]);
  printMisses(reports);
  const errored = [...new Set(reports.flatMap((r) => r.erroredAudits.map((a) => a.id)))];
  if (errored.length > 0) {
    const message = reports.flatMap((r) => r.erroredAudits)[0]!.message.slice(0, 160);
    console.log(
      `\n  Lighthouse could not compute (tool error, not a page problem): ${errored.join(", ")}\n    first error: ${message}`,
    );
  }
  const warnings = [...new Set(reports.flatMap((r) => r.warnings))];
  if (warnings.length > 0)
    console.log(`\n  Lighthouse warnings:\n${warnings.map((w) => `    - ${w}`).join("\n")}`);
  console.log(`\n  results: ${file}`);
});
