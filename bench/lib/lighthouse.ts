import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Config, type Result } from "lighthouse";
import { onCleanup, withTimeout } from "./lifecycle";

const CHROME_PATH = "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];
/** Performance must reach 0.95; the other three categories must be perfect. */
export const TARGETS: Record<Category, number> = {
  performance: 0.95,
  accessibility: 1,
  "best-practices": 1,
  seo: 1,
};

export type FormFactor = "mobile" | "desktop";
export type FailingAudit = {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  items: string[];
};
export type PageReport = {
  path: string;
  formFactor: FormFactor;
  scores: Record<Category, number | null>;
  metrics: { lcpMs: number | null; tbtMs: number | null; cls: number | null };
  misses: {
    category: Category;
    score: number | null;
    target: number;
    failingAudits: FailingAudit[];
  }[];
  /** Audits Lighthouse itself could not compute (a tool problem, not the page's). */
  erroredAudits: { id: string; message: string }[];
  /** Lighthouse's CPU benchmark of this machine during the run: lower means a slower or busier CPU. */
  benchmarkIndex: number;
  warnings: string[];
};

export type Browser = { port: number; close: () => Promise<void> };

export async function launchChromium(): Promise<Browser> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
    handleSIGINT: false,
  });
  const killGroup = () => {
    try {
      process.kill(-chrome.pid, "SIGKILL");
    } catch {
      // already gone
    }
  };
  const forget = onCleanup(`stop Chromium (pid ${chrome.pid})`, () => chrome.kill(), killGroup);
  return {
    port: chrome.port,
    close: async () => {
      forget();
      chrome.kill();
    },
  };
}

type Audit = Result["audits"][string];

/** A readable line per offending element or resource, so the page author knows what to fix. */
function describeItems(audit: Audit): string[] {
  const details = audit.details as { items?: Record<string, unknown>[] } | undefined;
  return (details?.items ?? []).slice(0, 20).map((item) => {
    const node = item.node as
      { selector?: string; snippet?: string; explanation?: string } | undefined;
    if (node)
      return [node.selector, node.snippet, node.explanation?.replace(/\s+/g, " ")]
        .filter(Boolean)
        .join(" — ");
    const location = item.sourceLocation as { url?: string } | undefined;
    const wasted =
      typeof item.wastedBytes === "number"
        ? `${Math.round(item.wastedBytes / 1024)} KiB unused`
        : undefined;
    const ms = (key: string, label: string) =>
      typeof item[key] === "number" ? `${label} ${Math.round(item[key])} ms` : undefined;
    const parts = [
      item.url ?? location?.url,
      item.source,
      item.description,
      item.label,
      wasted,
      ms("duration", "task"),
      ms("total", "main thread"),
      ms("scripting", "of which script"),
    ];
    const text = parts.filter((part) => typeof part === "string" && part !== "").join(" — ");
    return text || JSON.stringify(item).slice(0, 200);
  });
}

// Where the main thread's time went: shown with every performance miss, pass or fail, so the page
// author sees which script blocks (Lighthouse's own report hides them among the passed audits).
const MAIN_THREAD_AUDITS = ["bootup-time", "long-tasks"];

function toFailingAudit(audit: Audit): FailingAudit {
  return {
    id: audit.id,
    title: audit.title,
    score: audit.score,
    ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
    items: describeItems(audit),
  };
}

/**
 * Audits that keep a category below its target: any failed check; for performance, anything under
 * 0.9 (Lighthouse's "passed"). Audits that errored are reported apart, as `erroredAudits`.
 */
function failingAudits(lhr: Result, category: Category): FailingAudit[] {
  const threshold = category === "performance" ? 0.9 : 1;
  const failing = lhr.categories[category]!.auditRefs.map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => !["notApplicable", "manual", "informative"].includes(audit.scoreDisplayMode))
    .filter((audit) => audit.score !== null && audit.score < threshold);
  if (category === "performance")
    for (const id of MAIN_THREAD_AUDITS) {
      const context = lhr.audits[id];
      if (context?.details && !failing.includes(context)) failing.push(context);
    }
  return failing.map(toFailingAudit);
}

export async function audit(
  browser: Browser,
  url: string,
  path: string,
  formFactor: FormFactor,
): Promise<PageReport> {
  const config: Config | undefined = formFactor === "desktop" ? desktopConfig : undefined;
  const run = await withTimeout(
    lighthouse(
      url,
      { port: browser.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
      config,
    ),
    3 * 60_000,
    `Lighthouse on ${path} (${formFactor})`,
  );
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = run.lhr;
  if (lhr.runtimeError)
    throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]),
  ) as PageReport["scores"];
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  return {
    path,
    formFactor,
    scores,
    metrics: {
      lcpMs: numeric("largest-contentful-paint"),
      tbtMs: numeric("total-blocking-time"),
      cls: numeric("cumulative-layout-shift"),
    },
    misses: CATEGORIES.filter((c) => (scores[c] ?? 0) < TARGETS[c]).map((c) => ({
      category: c,
      score: scores[c],
      target: TARGETS[c],
      failingAudits: failingAudits(lhr, c),
    })),
    erroredAudits: Object.values(lhr.audits)
      .filter((a) => a.scoreDisplayMode === "error")
      .map((a) => ({ id: a.id, message: a.errorMessage ?? "" })),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    warnings: lhr.runWarnings,
  };
}
