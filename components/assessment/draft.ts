// The answers saved on this device while the patient fills in the form. Nothing leaves the browser
// until they submit; "Clear my answers" and a successful submit erase it.
import { FORM_VERSION, steps } from "@/lib/validations/assessment";

export const DRAFT_KEY = "ldn-assessment-draft-v1";

export type Draft = {
  formVersion: number;
  step: number;
  values: unknown;
  /** Kept across reloads so a retry after a lost response cannot create a second submission. */
  idempotencyKey?: string;
  savedAt: string;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function readDraft(): Draft | null {
  try {
    const raw = window.localStorage.getItem(DRAFT_KEY);
    if (!raw) return null;
    const data: unknown = JSON.parse(raw);
    if (!isRecord(data) || data.formVersion !== FORM_VERSION || !isRecord(data.values)) return null;
    const step = typeof data.step === "number" && Number.isInteger(data.step) ? data.step : 0;
    return {
      formVersion: FORM_VERSION,
      step: Math.min(Math.max(step, 0), steps.length - 1),
      values: data.values,
      idempotencyKey: typeof data.idempotencyKey === "string" ? data.idempotencyKey : undefined,
      savedAt: typeof data.savedAt === "string" ? data.savedAt : "",
    };
  } catch {
    return null;
  }
}

export function writeDraft(draft: Pick<Draft, "step" | "values" | "idempotencyKey">): void {
  try {
    const data: Draft = { ...draft, formVersion: FORM_VERSION, savedAt: new Date().toISOString() };
    window.localStorage.setItem(DRAFT_KEY, JSON.stringify(data));
  } catch {
    // Storage full or disabled (private mode): the form still works, it just cannot resume.
  }
}

export function removeDraft(): void {
  try {
    window.localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to erase if storage is unavailable.
  }
}

/** Saved values laid over the empty form, so fields added later still get their defaults. */
export function mergeDefaults<T>(base: T, saved: unknown): T {
  if (!isRecord(base) || !isRecord(saved)) return (saved === undefined ? base : saved) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(saved)) out[key] = mergeDefaults(base[key], value);
  return out as T;
}

export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // randomUUID only exists in secure contexts; build a v4 UUID by hand elsewhere (e.g. LAN dev).
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
