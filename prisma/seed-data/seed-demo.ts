import { createSubmission } from "@/lib/dal/submissions";
import { templateSelect, toTemplateDto } from "@/lib/dal/dto";
import { suggestTemplate } from "@/lib/dal/templates";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import { seedTemplatesStatement } from "@/lib/templates/seed";
import { triage, type Flag } from "@/lib/triage/rules";
import { assessmentSchema } from "@/lib/validations/assessment";
import { buildAssessment } from "./assessment";
import { demoAccounts, demoPhysician } from "./demo-accounts";
import { demoPatients, type DemoPatient } from "./demo-patients";
import { createRandom } from "./random";

// The embedded demo's data: two staff accounts, the default reply templates and ~30 synthetic
// submissions. Every step is idempotent, so running it again (every `npm run dev`) adds nothing and
// an interrupted run completes on the next one.

export type SeedSummary = {
  usersCreated: number;
  submissionsCreated: number;
  submissionsExisting: number;
};

const HOUR = 3_600_000;

async function ensureUser(
  account: (typeof demoAccounts)[number],
): Promise<{ id: string; created: boolean }> {
  const existing = await db().user.findUnique({
    where: { email: account.email },
    select: { id: true },
  });
  if (existing) return { id: existing.id, created: false };
  const user = await db().user.create({
    data: {
      email: account.email,
      name: account.name,
      role: account.role,
      passwordHash: await hashPassword(account.password),
    },
    select: { id: true },
  });
  return { id: user.id, created: true };
}

/** The physician's sent reply for a Replied demo row: the template the composer would suggest. */
async function replyData(patient: DemoPatient, flags: Flag[], authorId: string, sentAt: Date) {
  const templates = (await db().replyTemplate.findMany({ select: templateSelect })).map(
    toTemplateDto,
  );
  const template = suggestTemplate(templates, patient.condition, flags);
  if (!template) throw new Error("no reply templates: the default templates were not seeded");
  return {
    authorId,
    version: 1,
    status: "SENT" as const,
    likelihood: template.likelihood,
    benefits: template.benefits,
    timeline: template.timeline,
    considerations: template.considerations,
    message: `Dear ${patient.firstName},\n\n${template.message}`,
    templateKey: template.key,
    sentAt,
    createdAt: sentAt,
    updatedAt: sentAt,
  };
}

/** Stores one demo patient through the intake path, then ages it and moves it along the workflow. */
async function seedSubmission(patient: DemoPatient, index: number, physicianId: string, now: Date) {
  const createdAt = new Date(now.getTime() - patient.hoursAgo * HOUR);
  const assessment = assessmentSchema.parse(buildAssessment(patient, createRandom(1000 + index)));
  // Guards the generator: the answers must raise exactly the flags this demo row is meant to show.
  const { flags } = triage(assessment, createdAt);
  const raised = flags.map((f) => f.code).sort();
  if (raised.join() !== [...patient.flags].sort().join())
    throw new Error(
      `demo row ${index + 1} raises [${raised.join()}], expected [${patient.flags.join()}]`,
    );

  // A fixed idempotency key per demo row: a second seed run replays instead of duplicating.
  const result = await createSubmission(assessment, `demo-seed-${index + 1}`, createdAt);
  if (result.kind !== "created") return false;

  const { reference } = result.submission;
  const handledAt = new Date(createdAt.getTime() + 20 * HOUR);
  const reply =
    patient.status === "REPLIED" ? await replyData(patient, flags, physicianId, handledAt) : null;
  await db().$transaction(async (tx) => {
    const row = await tx.submission.update({
      where: { reference },
      data: {
        createdAt,
        updatedAt: patient.status === "NEW" ? createdAt : handledAt,
        status: patient.status,
      },
      select: { id: true },
    });
    if (patient.note)
      await tx.note.create({
        data: {
          submissionId: row.id,
          authorId: physicianId,
          body: patient.note,
          createdAt: handledAt,
        },
      });
    if (reply) await tx.reply.create({ data: { ...reply, submissionId: row.id } });
  });
  return true;
}

export async function seedDemo(now: Date = new Date()): Promise<SeedSummary> {
  let usersCreated = 0;
  const ids: Record<string, string> = {};
  for (const account of demoAccounts) {
    const { id, created } = await ensureUser(account);
    ids[account.email] = id;
    if (created) usersCreated++;
  }
  // Already there after `npm run db:migrate`; written again here for a database emptied since.
  const seed = seedTemplatesStatement();
  await db().$executeRawUnsafe(seed.text, ...seed.values);

  let submissionsCreated = 0;
  for (const [index, patient] of demoPatients.entries()) {
    if (await seedSubmission(patient, index, ids[demoPhysician.email]!, now)) submissionsCreated++;
  }
  return {
    usersCreated,
    submissionsCreated,
    submissionsExisting: demoPatients.length - submissionsCreated,
  };
}
