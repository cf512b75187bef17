// The process's shutdown state, shared by scripts/start.ts (which owns the HTTP server and the
// signals) and the code Next runs (readiness, the in-process mail worker). Kept on globalThis:
// the launcher and Next's bundles each load their own copy of this module.

type Lifecycle = { shuttingDown: boolean; hooks: Array<() => Promise<void>> };

const holder = globalThis as unknown as { ldnLifecycle?: Lifecycle };
const state = (): Lifecycle => (holder.ldnLifecycle ??= { shuttingDown: false, hooks: [] });

export const isShuttingDown = () => state().shuttingDown;

/** Work to finish before the process exits (the mail worker hands back its claims). */
export function onShutdown(hook: () => Promise<void>): void {
  state().hooks.push(hook);
}

/** Fails readiness from now on and runs every shutdown hook, each to its end or its error. */
export async function shutDown(): Promise<void> {
  state().shuttingDown = true;
  await Promise.allSettled(state().hooks.map((hook) => hook()));
}
