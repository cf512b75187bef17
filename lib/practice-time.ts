import { practice } from "@/lib/config";

// Calendar dates in the practice's time zone. A server in UTC would otherwise turn 7 pm in Texas
// into "tomorrow": a patient born that day would be a year older, and an overdue badge a day early.

const calendar = new Intl.DateTimeFormat("en-CA", {
  timeZone: practice.timeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The practice's calendar date at `moment`, as YYYY-MM-DD. */
export function practiceDate(moment: Date = new Date()): string {
  return calendar.format(moment);
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
