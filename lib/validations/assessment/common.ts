import * as z from "zod";
import "@/lib/validations/zod-setup";
import type { ScreenContext } from "@/lib/triage/screen";
import { isSafeText, unsafeTextMessage } from "@/lib/validations/text-safety";
import { nameMessage, nameProblem } from "./person-name";

/**
 * What the screening needs to know of each free-text answer: its short name (for a flag's reason)
 * and how its words are read, or `false` for answers that are not about health (names, contact
 * details). Declared with the field, so a new text field is screened without touching the matcher.
 */
export type TextMeta = { label: string; screen: ScreenContext | false };
export const textMeta = z.registry<TextMeta>();

function text(label: string, max: number, screen: ScreenContext | false) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters` })
    .refine(isSafeText, { error: unsafeTextMessage(label) })
    .register(textMeta, { label, screen });
}

/** Trimmed text with a friendly "required" message and a hard length cap. */
export function requiredText(
  label: string,
  max: number,
  required = `${label} is required`,
  screen: ScreenContext | false = "current",
) {
  return z
    .string({ error: required })
    .pipe(text(label, max, screen))
    .refine((v) => v.length > 0, { error: required });
}

/**
 * Cross-field rules on a step run even while other fields of the step are still invalid, so the
 * patient sees every problem of a step at once (zod skips object refinements by default then).
 */
export const alwaysCheck = { when: () => true } as const;

/** Optional text: absent or empty both mean "no answer". */
export function optionalText(
  label: string,
  max: number,
  screen: ScreenContext | false = "current",
) {
  return text(label, max, screen).optional();
}

/**
 * A person's name: letters of one writing system, spaces, apostrophes, hyphens and periods
 * (./person-name.ts). A signature is judged word by word, since it joins two names.
 */
export function personName(label: string, max: number, scriptScope: "name" | "word" = "name") {
  return requiredText(label, max, undefined, false).superRefine((value, ctx) => {
    if (value === "") return;
    const problem = nameProblem(value, scriptScope);
    if (problem) ctx.addIssue({ code: "custom", message: nameMessage(label, problem) });
  });
}

export function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}
