"use client";

import { useCallback, useEffect, useRef, type RefObject } from "react";

// The ALTCHA proof of work the assessment API asks for (lib/abuse/proof-of-work.ts), solved by the
// self-hosted `altcha` widget in Web Workers while the patient answers, so nobody waits at the end.
// The widget is loaded after the page (it is not part of the first load), runs invisibly in a
// hidden holder (display: none, so it adds nothing to the page or its accessibility tree), and is
// driven through its verify() method. Each solution is sent once: a retry solves a fresh one.

const CHALLENGE_URL = "/api/assessments/challenge";
/** A solution this close to its challenge's expiry is solved again before it is sent. */
const FRESH_FOR_MS = 60_000;

type Widget = HTMLElement & {
  verify: () => Promise<{
    payload: string;
    challenge?: { parameters?: { expiresAt?: number } } | null;
  } | null>;
};
type Solved = { payload: string; expiresAt: number };

async function mountWidget(holder: HTMLElement): Promise<Widget> {
  await import("altcha");
  const widget = document.createElement("altcha-widget") as Widget;
  widget.setAttribute("challenge", CHALLENGE_URL);
  widget.setAttribute("display", "invisible");
  const loaded = new Promise((resolve) => widget.addEventListener("load", resolve, { once: true }));
  holder.append(widget);
  await loaded;
  return widget;
}

export type ProofOfWork = {
  holderRef: RefObject<HTMLDivElement | null>;
  /** A fresh solution for one submission, or null when this browser could not solve one. */
  take: () => Promise<string | null>;
};

export function useProofOfWork(): ProofOfWork {
  const holderRef = useRef<HTMLDivElement>(null);
  const widget = useRef<Promise<Widget> | null>(null);
  const solved = useRef<Solved | null>(null);
  const solving = useRef<Promise<void> | null>(null);

  const solve = useCallback((): Promise<void> => {
    solving.current ??= (async () => {
      try {
        if (!holderRef.current) return;
        widget.current ??= mountWidget(holderRef.current);
        const result = await (await widget.current).verify();
        const expiresAt = result?.challenge?.parameters?.expiresAt;
        solved.current = result
          ? { payload: result.payload, expiresAt: expiresAt ? expiresAt * 1000 : Infinity }
          : null;
      } catch {
        solved.current = null;
      } finally {
        solving.current = null;
      }
    })();
    return solving.current;
  }, []);

  // Start at once, in the background: the patient spends minutes on the form.
  useEffect(() => {
    void solve();
  }, [solve]);

  const take = useCallback(async () => {
    if (solving.current) await solving.current;
    if (!solved.current || solved.current.expiresAt - Date.now() < FRESH_FOR_MS) await solve();
    const solution = solved.current;
    solved.current = null;
    return solution?.payload ?? null;
  }, [solve]);

  return { holderRef, take };
}
