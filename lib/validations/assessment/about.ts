import * as z from "zod";
import { licensedStatesLabel, practice, stateNames } from "@/lib/config";
import { practiceDate } from "@/lib/practice-time";
import { yesNo } from "@/lib/assessment/options";
import { optionalText, personName } from "./common";
import { defineStep, radio } from "./define";

export const MINIMUM_AGE = 18;

/** Whole years between a YYYY-MM-DD birth date and `today`, on the practice's calendar. */
export function ageOn(dateOfBirth: string, today: Date = new Date()): number {
  const [y, m, d] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = practiceDate(today).split("-").map(Number) as [number, number, number];
  let age = ty - y;
  if (tm < m || (tm === m && td < d)) age -= 1;
  return age;
}

export const dateOfBirthSchema = z.iso
  .date({ error: "Enter your date of birth as YYYY-MM-DD" })
  .refine((v) => v >= "1900-01-01", { error: "Enter a date of birth after 1900" })
  .refine((v) => ageOn(v) >= 0, { error: "Date of birth cannot be in the future" });

const where =
  practice.licensedStates.length === 1
    ? licensedStatesLabel()
    : `one of these states (${licensedStatesLabel()})`;

export const aboutStep = defineStep({
  key: "about",
  title: "About you",
  questions: {
    firstName: {
      kind: "text",
      schema: personName("First name", 100),
      example: "Jordan",
      text: { label: "First name" },
      input: { autoComplete: "given-name", half: true },
    },
    lastName: {
      kind: "text",
      schema: personName("Last name", 100),
      example: "Rivera",
      text: { label: "Last name" },
      input: { autoComplete: "family-name", half: true },
    },
    email: {
      kind: "text",
      schema: z
        .string({ error: "Email is required" })
        .trim()
        .toLowerCase()
        .max(254, { error: "Email must be at most 254 characters" })
        .pipe(z.email({ error: "Enter a valid email address, like name@example.com" })),
      example: "jordan.rivera@example.com",
      text: {
        label: "Email",
        hint: "We email you when the physician's reply is ready. The email never contains your medical details.",
      },
      input: { type: "email", autoComplete: "email", spellCheck: false },
    },
    phone: {
      kind: "text",
      schema: optionalText("Phone", 32, false).refine((v) => !v || /^[0-9 +().-]{7,32}$/.test(v), {
        error: "Enter a phone number using digits, spaces, +, ( ) or -",
      }),
      example: "(512) 555-0100",
      text: { label: "Phone (optional)" },
      input: { type: "tel", autoComplete: "tel" },
    },
    dateOfBirth: {
      kind: "text",
      schema: dateOfBirthSchema.refine((v) => ageOn(v) >= MINIMUM_AGE, {
        error: `You must be ${MINIMUM_AGE} or older to use this assessment`,
      }),
      example: "1984-03-14",
      text: { label: "Date of birth", hint: "This assessment is for adults 18 and older." },
      flags: ["under_18"],
      date: true,
      input: { type: "date", autoComplete: "bday", className: "sm:max-w-60" },
    },
    state: {
      kind: "select",
      schema: z
        .string({ error: "Choose your state" })
        .regex(/^[A-Z]{2}$/, { error: "Choose your state" })
        .refine((v) => practice.licensedStates.includes(v), {
          error: "Our physician can only see residents of the states we are licensed in",
        }),
      example: "TX",
      choices: stateNames,
      flags: ["outside_licensed_state"],
      text: { label: "State you live in", placeholder: "Choose your state" },
      input: { autoComplete: "address-level1" },
    },
    inStateForVisit: radio(yesNo, "Tell us whether you will be in the state for the visit", "yes", {
      flags: ["outside_licensed_state"],
      text: {
        label: `Will you be in ${where} at the time of a video visit?`,
        hint: "Telemedicine rules ask that you are physically in the state during a video visit.",
      },
      input: { inline: true },
    }),
  },
});

export const aboutSchema = aboutStep.schema;

export type About = z.infer<typeof aboutSchema>;

export type Eligibility = { eligible: true } | { eligible: false; reason: "age" | "state" };

/** The early, kind gate of the wizard: the same rules as the schema, as a yes/no with a reason. */
export function eligibility(answers: { dateOfBirth?: string; state?: string }): Eligibility {
  const dob = dateOfBirthSchema.safeParse(answers.dateOfBirth);
  if (dob.success && ageOn(dob.data) < MINIMUM_AGE) return { eligible: false, reason: "age" };
  if (
    answers.state &&
    /^[A-Z]{2}$/.test(answers.state) &&
    !practice.licensedStates.includes(answers.state)
  )
    return { eligible: false, reason: "state" };
  return { eligible: true };
}
