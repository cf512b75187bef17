"use client";

import { useSyncExternalStore, type ReactNode } from "react";

// After a crisis answer the thanks page leads with 988/911 and makes no promise about reply times.
// The wizard records that in this tab's session storage (never in the URL, which ends up in
// history and logs), keyed by the reference so an old tab cannot mislabel a new submission.

const KEY = "ldn-urgent-help";

export function rememberUrgentHelp(reference: string, urgent: boolean): void {
  try {
    if (urgent) sessionStorage.setItem(KEY, reference);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage can be unavailable (private modes); the page then shows its usual content.
  }
}

const read = () => {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
};

/** `urgent` when this tab just sent a submission with a crisis answer, `usual` otherwise. */
export function UrgentHelpSwitch({
  reference,
  urgent,
  usual,
}: {
  reference: string | null;
  urgent: ReactNode;
  usual: ReactNode;
}) {
  const stored = useSyncExternalStore(
    () => () => {},
    read,
    () => null,
  );
  return <>{reference !== null && stored === reference ? urgent : usual}</>;
}
