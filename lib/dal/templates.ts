import "server-only";
import { audit } from "@/lib/audit";
import { canEditTemplates, canViewSubmissions, type Actor } from "@/lib/authorization";
import { templateSelect, toTemplateDto, type TemplateDto } from "@/lib/dal/dto";
import { NotFoundError } from "@/lib/dal/errors";
import { authorize } from "@/lib/dal/guard";
import { db } from "@/lib/db";
import { NOT_NOW_MESSAGE } from "@/lib/templates/defaults";
import { blocksStart, flagDefinitions, type Flag } from "@/lib/triage/flags";
import {
  parseInput,
  templateInputSchema,
  templateKeys,
  type TemplateInput,
} from "@/lib/validations/staff";

export type { TemplateDto } from "@/lib/dal/dto";

const order = new Map<string, number>(templateKeys.map((key, i) => [key, i]));

/** All templates in the order of the assessment's conditions, "default" last. */
export async function listTemplates(actor: Actor | null): Promise<TemplateDto[]> {
  authorize(actor, canViewSubmissions);
  // The defaults are written by the migration runner (lib/templates/seed.ts), never by a read.
  const rows = await db().replyTemplate.findMany({ select: templateSelect });
  return rows
    .map(toTemplateDto)
    .sort((a, b) => (order.get(a.key) ?? 99) - (order.get(b.key) ?? 99));
}

export async function updateTemplate(
  actor: Actor | null,
  key: string,
  input: TemplateInput,
): Promise<TemplateDto> {
  const physician = authorize(actor, canEditTemplates);
  if (!order.has(key)) throw new NotFoundError();
  const data = parseInput(templateInputSchema, input);
  return db().$transaction(async (tx) => {
    const row = await tx.replyTemplate.upsert({
      where: { key },
      create: { key, ...data, updatedById: physician.id },
      update: { ...data, updatedById: physician.id },
      select: templateSelect,
    });
    await audit(tx, {
      action: "template.update",
      actor: physician,
      subject: { type: "template", id: key },
    });
    return toTemplateDto(row);
  });
}

/**
 * A template made fit for this patient: the flags' patient sentences (never the staff reasons)
 * come first in the considerations, so the physician addresses them; a flag that rules LDN out for
 * now (lib/triage/flags.ts) sets "not a candidate now" and a message that offers no visit.
 */
export function adaptTemplate(base: TemplateDto, flags: Flag[]): TemplateDto {
  const known = flags.filter((f) => f.code in flagDefinitions);
  if (known.length === 0) return base;
  const sentences = known.map((f) => `• ${flagDefinitions[f.code].patient}`).join("\n\n");
  const blocked = known.some((f) => blocksStart(f.code));
  return {
    ...base,
    likelihood: blocked ? "NOT_NOW" : base.likelihood,
    message: blocked ? NOT_NOW_MESSAGE : base.message,
    considerations: `${sentences}\n\n${base.considerations}`,
  };
}

/** The template a reply starts from: the patient's condition's, else "default", adapted to the flags. */
export function suggestTemplate(
  templates: TemplateDto[],
  primaryCondition: string,
  flags: Flag[],
): TemplateDto | null {
  const base =
    templates.find((t) => t.key === primaryCondition) ?? templates.find((t) => t.key === "default");
  return base ? adaptTemplate(base, flags) : null;
}
