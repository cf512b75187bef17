import { practice } from "@/lib/config";

// Dates for staff screens, in the practice's time zone (lib/config.ts) on the server and in the
// browser alike, and named ("CST"), so a server in UTC and a physician in Austin never disagree and
// nobody has to guess which clock a time is on.

const timeZone = practice.timeZone;

const dateTime = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
  timeZone,
});

const clock = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
  timeZone,
});

const relative = new Intl.RelativeTimeFormat("en", { numeric: "always" });

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** "Nov 3, 2026, 12:03 PM CST" */
export function formatDateTime(value: string | Date): string {
  return dateTime.format(toDate(value));
}

/** "12:03 CST" (24-hour), for short confirmations such as "Draft saved 12:03". */
export function formatClock(value: string | Date): string {
  return clock.format(toDate(value));
}

/** "3 days ago", "5 hours ago", "just now". */
export function timeAgo(value: string | Date, now: Date = new Date()): string {
  const seconds = Math.round((toDate(value).getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return "just now";
  if (abs < 3600) return relative.format(Math.round(seconds / 60), "minute");
  if (abs < 86400) return relative.format(Math.round(seconds / 3600), "hour");
  if (abs < 86400 * 60) return relative.format(Math.round(seconds / 86400), "day");
  return relative.format(Math.round(seconds / (86400 * 30)), "month");
}

/** The ISO string for a <time dateTime> attribute. */
export function isoString(value: string | Date): string {
  return toDate(value).toISOString();
}
