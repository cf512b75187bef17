// Helpers for reading a page's searchParams into a zod schema and writing them back into links.

import { searchParamsObject } from "@/lib/validations/staff";

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** First value of each parameter, trimmed, empty ones dropped (an empty filter means "no filter"). */
export function firstValues(raw: RawSearchParams): Record<string, string> {
  const entries = Object.entries(searchParamsObject(raw)).map(([key, v]) => [key, v.trim()]);
  return Object.fromEntries(entries.filter(([, v]) => v !== ""));
}

type SafeParser<T> = {
  safeParse: (
    input: unknown,
  ) =>
    { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } };
};

/**
 * Parses the parameters, dropping the ones that fail (a hand-edited URL then still shows a page)
 * and reporting which were ignored.
 */
export function parseLenient<T>(
  schema: SafeParser<T>,
  values: Record<string, string>,
): { data: T; ignored: string[] } {
  const input: Record<string, string> = { ...values };
  const ignored: string[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    const result = schema.safeParse(input);
    if (result.success) return { data: result.data, ignored };
    const bad = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? "")));
    let removed = false;
    for (const key of bad) {
      if (key in input) {
        delete input[key];
        ignored.push(key);
        removed = true;
      }
    }
    if (!removed) break;
  }
  const fallback = schema.safeParse({});
  if (fallback.success) return { data: fallback.data, ignored: Object.keys(values) };
  throw new Error("The query schema rejects an empty query.");
}

/** A query string from defined, non-empty values. */
export function toQuery(values: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}
