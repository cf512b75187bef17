import type * as z from "zod";
import { steps, type Assessment } from "@/lib/validations/assessment";
import { textMeta, type TextMeta } from "@/lib/validations/assessment/common";
import type { ScreenContext, ScreenedText } from "./screen";

// The free-text answers the screening reads, taken from the assessment's schema: every text field
// declared with a screening context is read, so a new question is covered without editing this.

type Def = {
  type: string;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  out?: z.core.$ZodType;
};

function metaOf(schema: z.core.$ZodType): TextMeta | undefined {
  const meta = textMeta.get(schema as z.ZodType);
  if (meta) return meta;
  const def = schema._zod.def as Def;
  if (def.innerType) return metaOf(def.innerType);
  if (def.type === "pipe") return (def.out && metaOf(def.out)) ?? (def.in && metaOf(def.in));
  return undefined;
}

export type ScreenedField = { path: string; field: string; context: ScreenContext };

function collect(prefix: string, schema: z.core.$ZodType, out: ScreenedField[]): void {
  const def = schema._zod.def as Def & { shape?: Record<string, z.core.$ZodType> };
  if (def.type === "object" && def.shape) {
    for (const [key, child] of Object.entries(def.shape)) collect(`${prefix}.${key}`, child, out);
    return;
  }
  const meta = metaOf(schema);
  if (meta && meta.screen !== false)
    out.push({ path: prefix, field: meta.label, context: meta.screen });
}

/** Every screened free-text field of the assessment, in the order the patient meets them. */
export const screenedFields: readonly ScreenedField[] = steps.flatMap((step) => {
  const out: ScreenedField[] = [];
  collect(step.key, step.schema, out);
  return out;
});

/** The answer at a dotted path ("medications.opioidUse"), or undefined. */
export function valueAt(assessment: unknown, path: string): unknown {
  let value = assessment;
  for (const key of path.split("."))
    value =
      value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** The patient's words in each screened field they filled in. */
export function screenedTexts(assessment: Assessment | Record<string, unknown>): ScreenedText[] {
  return screenedFields.flatMap((f) => {
    const text = valueAt(assessment, f.path);
    return typeof text === "string" && text.trim() !== "" ? [{ ...f, text }] : [];
  });
}
