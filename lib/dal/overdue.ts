import { practice } from "@/lib/config";

// The practice promises a reply within N business days (lib/config.ts). A submission that has been
// waiting longer, and is still open, gets an "overdue" badge. Weekends do not count; holidays are
// not modelled (a practice that needs them can shorten the promise instead). Days are UTC days.

const OPEN_STATUSES = new Set(["NEW", "IN_REVIEW"]);

/** The moment `days` business days after `from` (same time of day). */
export function addBusinessDays(from: Date, days: number): Date {
  const due = new Date(from);
  let left = days;
  while (left > 0) {
    due.setUTCDate(due.getUTCDate() + 1);
    const weekday = due.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return due;
}

export function isOverdue(
  createdAt: Date,
  status: string,
  now: Date = new Date(),
  days: number = practice.responseTimeBusinessDays,
): boolean {
  return OPEN_STATUSES.has(status) && addBusinessDays(createdAt, days).getTime() < now.getTime();
}
