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

const offsetFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: practice.timeZone,
  timeZoneName: "longOffset",
});

/** The zone's offset from UTC at `moment`, in minutes ("GMT-06:00" → -360). */
function offsetMinutes(moment: Date): number {
  const name = offsetFormat.formatToParts(moment).find((p) => p.type === "timeZoneName")?.value;
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? "");
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** The moment a YYYY-MM-DD day begins in the practice's time zone (date filters use it). */
export function practiceDayStart(day: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  // Twice: the offset at the first guess may differ from the offset at the real midnight (DST).
  let start = midnightUtc - offsetMinutes(new Date(midnightUtc)) * 60_000;
  start = midnightUtc - offsetMinutes(new Date(start)) * 60_000;
  return new Date(start);
}

/** The moment the day after a YYYY-MM-DD day begins in the practice's time zone. */
export function practiceDayEnd(day: string): Date {
  const next = new Date(`${day}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return practiceDayStart(next.toISOString().slice(0, 10));
}
