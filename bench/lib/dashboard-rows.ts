import { randomUUID } from "node:crypto";
import type { Condition } from "../../lib/assessment/options";
import { searchText } from "../../lib/dal/submissions";
import { triage } from "../../lib/triage/rules";
import { CONSENT_VERSION, type Assessment } from "../../lib/validations/assessment";
import { buildAssessment, type SeedFlag } from "../../prisma/seed-data/assessment";
import {
  emailDomains,
  firstNames,
  lastNames,
  syntheticEmail,
  syntheticPhone,
} from "../../prisma/seed-data/people";
import type { Random } from "../../prisma/seed-data/random";

// One synthetic submission row for the dashboard benchmark, built from the same generator as the
// demo seed and with the columns lib/dal/submissions.ts createSubmission stores. Names and emails
// come from small pools, so a search fragment matches many rows, as it would in a real practice.

const DAY = 86_400_000;
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"; // lib/reference.ts

type Weighted<T> = readonly (readonly [T, number])[];

function weighted<T>(random: Random, table: Weighted<T>): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = random.next() * total;
  for (const [value, w] of table) if ((r -= w) < 0) return value;
  return table[table.length - 1]![0];
}

const conditionMix: Weighted<Condition> = [
  ["fibromyalgia", 20],
  ["long_covid", 12],
  ["chronic_pain", 12],
  ["multiple_sclerosis", 10],
  ["hashimotos", 10],
  ["me_cfs", 8],
  ["crohns", 7],
  ["other_autoimmune", 7],
  ["ulcerative_colitis", 5],
  ["crps", 5],
  ["other", 4],
];

const flagMix: Weighted<SeedFlag> = [
  ["thyroid_medication", 30],
  ["opioid_use", 15],
  ["liver_disease", 10],
  ["pregnancy", 10],
  ["planned_surgery", 10],
  ["kidney_disease", 8],
  ["outside_licensed_state", 5],
  ["transplant_immunosuppression", 5],
  ["naltrexone_for_alcohol", 4],
  ["crisis", 3],
];

/** ~15 % of patients raise a flag, a few of them two. */
function pickFlags(random: Random): SeedFlag[] {
  if (!random.chance(0.15)) return [];
  const first = weighted(random, flagMix);
  const second = random.chance(0.2) ? weighted(random, flagMix) : first;
  return second === first ? [first] : [first, second];
}

/** Recent submissions are mostly waiting; older ones mostly answered or archived, a few forgotten. */
function pickStatus(random: Random, ageDays: number): string {
  if (ageDays < 21)
    return weighted(random, [
      ["NEW", 70],
      ["IN_REVIEW", 20],
      ["REPLIED", 10],
    ] as const);
  return weighted(random, [
    ["NEW", 3],
    ["IN_REVIEW", 2],
    ["REPLIED", 60],
    ["ARCHIVED", 35],
  ] as const);
}

export function syntheticReference(random: Random): string {
  let body = "";
  for (let i = 0; i < 8; i++) body += ALPHABET[random.int(0, ALPHABET.length - 1)];
  return `LDN-${body.slice(0, 4)}-${body.slice(4)}`;
}

export type BenchRow = Record<string, unknown> & { reference: string; flags: string[] };

/** A row created at a uniformly random moment of the last year; `references` keeps them unique. */
export function syntheticRow(
  random: Random,
  now: Date,
  references: Set<string>,
): { row: BenchRow; assessment: Assessment } {
  const firstName = random.pick(firstNames);
  const lastName = random.pick(lastNames);
  const n = random.chance(0.7) ? random.int(1, 99) : undefined;
  const flags = pickFlags(random);
  const dob = `${random.int(1950, 2002)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
  const patient = {
    firstName,
    lastName,
    email: syntheticEmail(firstName, lastName, random.pick(emailDomains), n),
    ...(random.chance(0.7) ? { phone: syntheticPhone(random.int(0, 99)) } : {}),
    dateOfBirth: dob,
    condition: weighted(random, conditionMix),
    flags,
  };
  // The generator's output is valid by construction (the benchmark checks a sample with the schema).
  const assessment = buildAssessment(patient, random) as Assessment;
  const ageDays = random.next() * 365;
  const createdAt = new Date(now.getTime() - ageDays * DAY);
  const status = pickStatus(random, ageDays);
  const t = triage(assessment, createdAt);
  let reference = syntheticReference(random);
  while (references.has(reference)) reference = syntheticReference(random);
  references.add(reference);
  const { about } = assessment;
  const row: BenchRow = {
    id: randomUUID(),
    reference,
    status,
    form_version: assessment.formVersion,
    first_name: about.firstName,
    last_name: about.lastName,
    email: about.email,
    phone: about.phone ?? null,
    date_of_birth: about.dateOfBirth,
    state: about.state,
    primary_condition: assessment.condition.primaryCondition,
    flags: t.flags.map((f) => f.code),
    priority: t.priority,
    triage: { flags: t.flags },
    answers: assessment,
    consent_version: CONSENT_VERSION,
    consented_at: createdAt.toISOString(),
    signature: assessment.consent.signature,
    search_text: searchText(about.firstName, about.lastName, about.email, reference),
    created_at: createdAt.toISOString(),
    updated_at: (status === "NEW" ? createdAt : new Date(createdAt.getTime() + DAY)).toISOString(),
  };
  return { row, assessment };
}
