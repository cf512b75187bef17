import { describe, expect, it } from "vitest";
import { ageOn } from "@/lib/validations/assessment/about";
import { daysBetween, practiceDate, practiceDayEnd, practiceDayStart } from "@/lib/practice-time";

// The practice's calendar (America/Chicago by default), whatever zone the server runs in.

describe("the practice's calendar", () => {
  it("says which day it is in Texas, not in UTC", () => {
    // 8 pm on 25 November in Texas is already the 26th in UTC.
    expect(practiceDate(new Date("2026-11-26T02:00:00Z"))).toBe("2026-11-25");
    expect(practiceDate(new Date("2026-11-26T06:00:00Z"))).toBe("2026-11-26");
  });

  it("makes a patient a year older on their birthday in Texas, not six hours early", () => {
    expect(ageOn("2008-11-26", new Date("2026-11-26T02:00:00Z"))).toBe(17);
    expect(ageOn("2008-11-26", new Date("2026-11-26T06:00:00Z"))).toBe(18);
  });

  it("starts and ends a day at the practice's midnight, across daylight-saving changes", () => {
    expect(practiceDayStart("2026-11-25").toISOString()).toBe("2026-11-25T06:00:00.000Z");
    expect(practiceDayEnd("2026-11-25").toISOString()).toBe("2026-11-26T06:00:00.000Z");
    // 8 March 2026: clocks go forward at 2 am, so the day is 23 hours long.
    expect(practiceDayStart("2026-03-08").toISOString()).toBe("2026-03-08T06:00:00.000Z");
    expect(practiceDayEnd("2026-03-08").toISOString()).toBe("2026-03-09T05:00:00.000Z");
  });

  it("counts whole days between dates", () => {
    expect(daysBetween("2026-11-15", "2026-11-25")).toBe(10);
    expect(daysBetween("2026-11-25", "2026-11-25")).toBe(0);
    expect(daysBetween("2026-02-28", "2026-03-01")).toBe(1);
  });
});
