import { describe, expect, it } from "vitest";
import { addBusinessDays, isOverdue } from "@/lib/dal/overdue";

const at = (iso: string) => new Date(iso);

describe("overdue", () => {
  it("counts business days, skipping weekends", () => {
    // 2026-11-26 is a Thursday.
    expect(addBusinessDays(at("2026-11-26T10:00:00Z"), 3).toISOString()).toBe(
      "2026-12-01T10:00:00.000Z",
    );
    // Saturday + 1 business day is Monday.
    expect(addBusinessDays(at("2026-11-28T10:00:00Z"), 1).toISOString()).toBe(
      "2026-11-30T10:00:00.000Z",
    );
  });

  it("reads weekdays on the practice's calendar, not UTC's", () => {
    // Friday 2026-11-27 at 8 pm in Texas is already Saturday in UTC; one business day is Monday.
    expect(addBusinessDays(at("2026-11-28T02:00:00Z"), 1).toISOString()).toBe(
      "2026-12-01T02:00:00.000Z",
    );
  });

  it("is overdue only once the target has passed and only while open", () => {
    const created = at("2026-11-26T10:00:00Z");
    expect(isOverdue(created, "NEW", at("2026-12-01T09:59:59Z"), 3)).toBe(false);
    expect(isOverdue(created, "NEW", at("2026-12-01T10:00:01Z"), 3)).toBe(true);
    expect(isOverdue(created, "IN_REVIEW", at("2026-12-10T00:00:00Z"), 3)).toBe(true);
    expect(isOverdue(created, "REPLIED", at("2026-12-10T00:00:00Z"), 3)).toBe(false);
    expect(isOverdue(created, "ARCHIVED", at("2026-12-10T00:00:00Z"), 3)).toBe(false);
  });
});
