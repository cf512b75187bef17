import { practice } from "@/lib/config";
import { practiceDate } from "@/lib/practice-time";

// The practice promises a reply within N business days (lib/config.ts). A submission that has been
// waiting longer, and is still open, gets an "overdue" badge. Weekends do not count; holidays are
// not modelled (a practice that needs them can shorten the promise instead). Weekdays are those of
// the practice's calendar: a Friday-evening submission in Texas is a Saturday one in UTC.

const DAY = 86_400_000;

const OPEN_STATUSES = new Set(["NEW", "IN_REVIEW"]);

/** The moment `days` business days after `from` (same time of day). */
export function addBusinessDays(from: Date, days: number): Date {
  // Walk the practice's calendar from the day it was received there (noon UTC of that date is the
  // same weekday everywhere), then add as many whole days to the moment itself.
  const day = new Date(`${practiceDate(from)}T12:00:00Z`);
  let left = days;
  let added = 0;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    added++;
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(from.getTime() + added * DAY);
}

export function isOverdue(
  createdAt: Date,
  status: string,
  now: Date = new Date(),
  days: number = practice.responseTimeBusinessDays,
): boolean {
  return OPEN_STATUSES.has(status) && addBusinessDays(createdAt, days).getTime() < now.getTime();
}
