import { describe, expect, it } from "vitest";
import * as policy from "@/lib/authorization";
import type { Actor, SubmissionStatus } from "@/lib/authorization";

const physician: Actor = { id: "p", email: "p@clinic.example", name: "Dr. P", role: "PHYSICIAN" };
const admin: Actor = { id: "a", email: "a@clinic.example", name: "A", role: "ADMIN" };
const actors = { anonymous: null, PHYSICIAN: physician, ADMIN: admin } as const;

// The whole matrix, written out: a change of policy must change this table on purpose.
const expected: Record<string, Record<keyof typeof actors, boolean>> = {
  canViewSubmissions: { anonymous: false, PHYSICIAN: true, ADMIN: true },
  canAddNote: { anonymous: false, PHYSICIAN: true, ADMIN: true },
  canWriteReply: { anonymous: false, PHYSICIAN: true, ADMIN: false },
  canEditTemplates: { anonymous: false, PHYSICIAN: true, ADMIN: false },
  canManageUsers: { anonymous: false, PHYSICIAN: false, ADMIN: true },
  canViewAudit: { anonymous: false, PHYSICIAN: false, ADMIN: true },
  canRetryEmail: { anonymous: false, PHYSICIAN: true, ADMIN: true },
};

describe("role policies", () => {
  it("covers every exported single-actor policy", () => {
    const exported = Object.entries(policy)
      .filter(
        ([name, value]) =>
          name.startsWith("can") && typeof value === "function" && value.length === 1,
      )
      .map(([name]) => name)
      .sort();
    expect(exported).toEqual(Object.keys(expected).sort());
  });

  for (const [name, byActor] of Object.entries(expected)) {
    for (const [who, allowed] of Object.entries(byActor)) {
      it(`${name}: ${who} → ${allowed ? "allowed" : "refused"}`, () => {
        const fn = (policy as unknown as Record<string, (a: Actor | null) => boolean>)[name]!;
        expect(fn(actors[who as keyof typeof actors])).toBe(allowed);
      });
    }
  }
});

describe("canChangeStatus", () => {
  const statuses: SubmissionStatus[] = ["NEW", "IN_REVIEW", "REPLIED", "ARCHIVED"];
  // from → the statuses staff may move it to by hand (REPLIED only comes from sending a reply).
  const allowed: Record<SubmissionStatus, SubmissionStatus[]> = {
    NEW: ["IN_REVIEW", "ARCHIVED"],
    IN_REVIEW: ["NEW", "ARCHIVED"],
    REPLIED: ["ARCHIVED"],
    ARCHIVED: ["IN_REVIEW"],
  };

  for (const from of statuses) {
    for (const to of statuses) {
      const ok = allowed[from].includes(to);
      it(`${from} → ${to} is ${ok ? "allowed" : "refused"} for both staff roles and refused anonymously`, () => {
        expect(policy.canChangeStatus(physician, from, to)).toBe(ok);
        expect(policy.canChangeStatus(admin, from, to)).toBe(ok);
        expect(policy.canChangeStatus(null, from, to)).toBe(false);
      });
    }
  }

  it("never lets anyone move a submission to REPLIED by hand", () => {
    for (const from of statuses)
      expect(policy.canChangeStatus(physician, from, "REPLIED")).toBe(false);
  });
});
