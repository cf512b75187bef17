import type { Condition } from "@/lib/assessment/options";
import type { SeedFlag } from "./assessment";
import { emailDomains, syntheticEmail, syntheticPhone } from "./people";

// The embedded demo's ~30 submissions: every condition, every flag the form can raise, all four
// statuses (mostly New, like a real queue) and ages up to three weeks, so some are past the reply
// target and show the overdue badge. Hand-picked rather than random so the demo tells a story.

export type DemoStatus = "NEW" | "IN_REVIEW" | "REPLIED" | "ARCHIVED";

export type DemoPatient = {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  dateOfBirth: string;
  condition: Condition;
  flags: readonly SeedFlag[];
  status: DemoStatus;
  /** How long ago the patient submitted, in hours. */
  hoursAgo: number;
  /** An internal note the physician left (IN_REVIEW rows). */
  note?: string;
};

type Row = [string, string, string, Condition, SeedFlag[], DemoStatus, number, string?];

const D = 24;
// first, last, date of birth, condition, flags, status, hours ago, note
// prettier-ignore
const rows: Row[] = [
  ["Avery", "Thompson", "1981-06-02", "fibromyalgia", [], "NEW", 5],
  ["Morgan", "Lee", "1975-11-19", "multiple_sclerosis", ["thyroid_medication"], "NEW", 1 * D],
  ["Casey", "Nguyen", "1990-02-27", "crohns", ["opioid_use"], "NEW", 12],
  ["Riley", "Okafor", "1968-08-14", "crps", ["opioid_use", "planned_surgery"], "NEW", 2 * D + 3],
  ["Jamie", "Alvarez", "1986-04-09", "hashimotos", ["thyroid_medication"], "NEW", 6 * D],
  ["Taylor", "Brooks", "1979-01-30", "long_covid", [], "NEW", 4 * D + 6],
  ["Quinn", "Harper", "1993-09-21", "me_cfs", ["crisis"], "NEW", 2],
  ["Drew", "Sullivan", "1962-12-05", "chronic_pain", [], "NEW", 9 * D],
  ["Skyler", "Bennett", "1991-07-16", "ulcerative_colitis", ["pregnancy"], "NEW", 3 * D],
  ["Parker", "Kim", "1983-03-03", "other_autoimmune", ["liver_disease"], "NEW", 12 * D],
  ["Rowan", "Fischer", "1977-10-28", "other", [], "NEW", 36],
  ["Emerson", "Diaz", "1959-05-11", "fibromyalgia", ["kidney_disease"], "NEW", 15 * D],
  ["Hayden", "Clarke", "1972-02-18", "multiple_sclerosis", ["transplant_immunosuppression"], "NEW", 5 * D],
  ["Sage", "Moreno", "1985-12-24", "crohns", ["naltrexone_for_alcohol"], "NEW", 7 * D],
  ["Reese", "Campbell", "1988-06-30", "long_covid", ["outside_licensed_state"], "NEW", 2 * D + 14],
  ["Jordan", "Wright", "1992-04-04", "fibromyalgia", ["pregnancy", "thyroid_medication"], "NEW", 10 * D],
  ["Dakota", "Price", "1970-09-09", "hashimotos", [], "NEW", 18 * D],
  ["Elliot", "Ramos", "1965-03-17", "chronic_pain", ["opioid_use", "liver_disease"], "NEW", 20 * D],
  ["Finley", "Ward", "1996-08-08", "crps", ["naltrexone_allergy"], "NEW", 19],
  ["Kendall", "Ortiz", "1980-01-13", "me_cfs", [], "NEW", 13 * D],
  ["Blake", "Foster", "1974-05-25", "multiple_sclerosis", [], "IN_REVIEW", 4 * D, "Asked for the latest MRI report before replying."],
  ["Harper", "Nakamura", "1987-10-02", "fibromyalgia", ["thyroid_medication"], "IN_REVIEW", 8 * D, "Check the latest TSH; may need a levothyroxine review once LDN starts."],
  ["Logan", "Murphy", "1969-07-07", "crohns", ["planned_surgery"], "IN_REVIEW", 11 * D, "Colectomy date not set yet; ask the surgeon's office."],
  ["Cameron", "Reyes", "1995-11-29", "long_covid", ["crisis"], "IN_REVIEW", 2 * D, "Called the same day; patient is safe and has a therapist appointment this week."],
  ["Alexis", "Grant", "1982-02-20", "fibromyalgia", [], "REPLIED", 16 * D],
  ["Jesse", "Howard", "1976-06-15", "hashimotos", ["thyroid_medication"], "REPLIED", 19 * D],
  ["Peyton", "Silva", "1989-03-26", "ulcerative_colitis", [], "REPLIED", 14 * D],
  ["Charlie", "Evans", "1961-08-31", "chronic_pain", ["opioid_use"], "REPLIED", 17 * D],
  ["Robin", "Castillo", "1990-12-12", "other_autoimmune", ["pregnancy"], "ARCHIVED", 21 * D],
  ["Sam", "Whitaker", "1973-04-19", "me_cfs", [], "ARCHIVED", 20 * D + 8],
];

export const demoPatients: DemoPatient[] = rows.map(
  ([firstName, lastName, dateOfBirth, condition, flags, status, hoursAgo, note], i) => ({
    firstName,
    lastName,
    email: syntheticEmail(firstName, lastName, emailDomains[i % emailDomains.length]!),
    ...(i % 3 === 0 ? {} : { phone: syntheticPhone(i) }),
    dateOfBirth,
    condition,
    flags,
    status,
    hoursAgo,
    ...(note ? { note } : {}),
  }),
);
