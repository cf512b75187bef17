"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { saveDraftAction } from "../actions";
import type { ReplyForm } from "./reply-form-values";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "error"; message: string };

const DEBOUNCE_MS = 1000;

/**
 * Saves the draft about a second after the physician stops typing. Saves run one at a time, and a
 * save that matches the last stored content is skipped, so the server sees one write per pause.
 * `flush()` saves at once (before sending) and says whether the stored draft is now current.
 */
export function useAutosave(
  submissionId: string,
  form: ReplyForm,
  options: { enabled: boolean; alreadySaved: boolean; savedAt: string | null },
) {
  const { enabled } = options;
  const [status, setStatus] = useState<SaveStatus>(
    options.savedAt ? { kind: "saved", at: options.savedAt } : { kind: "idle" },
  );
  const lastSaved = useRef<string | null>(
    options.alreadySaved ? JSON.stringify(form.getValues()) : null,
  );
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [dirty, setDirty] = useState(false);

  const saveNow = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    chain.current = chain.current.then(async () => {
      const values = form.getValues();
      const snapshot = JSON.stringify(values);
      if (snapshot === lastSaved.current) return true;
      setStatus({ kind: "saving" });
      const result = await saveDraftAction(submissionId, values).catch(() => null);
      if (result?.ok) {
        lastSaved.current = snapshot;
        setStatus({ kind: "saved", at: result.savedAt });
        setDirty(JSON.stringify(form.getValues()) !== snapshot);
        return true;
      }
      setStatus({
        kind: "error",
        message: result ? result.message : "The draft could not be saved. Check your connection.",
      });
      return false;
    });
    return chain.current;
  }, [form, submissionId]);

  useEffect(() => {
    if (!enabled) return;
    const subscription = form.watch(() => {
      setDirty(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), DEBOUNCE_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [enabled, form, saveNow]);

  // Warn before leaving with changes the server has not stored yet.
  useEffect(() => {
    if (!enabled || !dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [enabled, dirty]);

  return { status, flush: saveNow };
}
