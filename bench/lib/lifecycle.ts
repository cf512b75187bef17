// Every benchmark starts things that must not outlive it: a Next server, Chromium, a database.
// Each one registers how to undo itself here; the undo steps run in reverse order on success,
// on error, on Ctrl-C and when the time limit is hit, so a failed run leaves nothing behind.

type Undo = { label: string; run: () => Promise<void> | void; onExit?: () => void };

const undos: Undo[] = [];
let finishing: Promise<void> | null = null;

/** Registers an undo step; `onExit` is a synchronous last resort for an abrupt process exit. */
export function onCleanup(label: string, run: Undo["run"], onExit?: () => void): () => void {
  const undo: Undo = { label, run, onExit };
  undos.push(undo);
  return () => {
    const index = undos.indexOf(undo);
    if (index >= 0) undos.splice(index, 1);
  };
}

async function cleanup(): Promise<void> {
  while (undos.length > 0) {
    const undo = undos.pop()!;
    try {
      await withTimeout(Promise.resolve(undo.run()), 15_000, `cleanup: ${undo.label}`);
    } catch (error) {
      console.error(`! ${undo.label}: ${(error as Error).message}`);
    }
  }
}

function finish(code: number): Promise<void> {
  finishing ??= cleanup().then(() => process.exit(code));
  return finishing;
}

/** Runs a benchmark's main function with cleanup, signal handling and an overall time limit. */
export function runBenchmark(name: string, timeLimitMs: number, main: () => Promise<void>): void {
  const abort = (reason: string, code: number) => {
    if (finishing) return;
    console.error(`\n✗ ${name} ${reason}; cleaning up`);
    void finish(code);
  };
  const minutes = Math.round(timeLimitMs / 60_000);
  setTimeout(() => abort(`exceeded its ${minutes} min time limit`, 2), timeLimitMs).unref();
  process.once("SIGINT", () => abort("interrupted", 130));
  process.once("SIGTERM", () => abort("terminated", 143));
  process.on("exit", () => {
    for (const undo of undos) undo.onExit?.();
  });
  main().then(
    () => finish(0),
    // After an abort, main fails because its server or database went away: already reported.
    (error: unknown) =>
      abort(`failed: ${error instanceof Error ? error.message : String(error)}`, 1),
  );
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
