import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/dal/errors";
import {
  auditQuerySchema,
  noteSchema,
  parseInput,
  queueQuerySchema,
  replyCompleteSchema,
  replyInputSchema,
  searchParamsObject,
  statusChangeSchema,
  templateInputSchema,
} from "@/lib/validations/staff";

const fieldsOf = (
  schema: Parameters<typeof parseInput>[0],
  value: unknown,
): Record<string, string> => {
  try {
    parseInput(schema, value);
  } catch (error) {
    if (error instanceof ValidationError) return error.fields;
    throw error;
  }
  return {};
};

describe("queueQuerySchema", () => {
  it("defaults to the NEW tab, 25 per page, no filters", () => {
    expect(queueQuerySchema.parse({})).toEqual({ status: "NEW", limit: 25 });
  });

  it("reads a query string, treating empty fields as absent", () => {
    const params = new URLSearchParams(
      "status=IN_REVIEW&q=%20Rivera%20&flag=opioid_use&condition=crohns&from=2026-11-01&to=&limit=50&cursor=",
    );
    expect(queueQuerySchema.parse(searchParamsObject(params))).toEqual({
      status: "IN_REVIEW",
      q: "Rivera",
      flag: "opioid_use",
      condition: "crohns",
      from: "2026-11-01",
      limit: 50,
    });
  });

  it("takes the first of repeated parameters, from URLSearchParams and Next searchParams alike", () => {
    expect(searchParamsObject(new URLSearchParams("status=REPLIED&status=NEW"))).toEqual({
      status: "REPLIED",
    });
    expect(
      searchParamsObject({ status: ["ARCHIVED", "NEW"], q: undefined, flag: "crisis" }),
    ).toEqual({ status: "ARCHIVED", flag: "crisis" });
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ["an unknown status", { status: "DONE" }, "status"],
    ["an unknown flag", { flag: "vip" }, "flag"],
    ["an unknown condition", { condition: "flu" }, "condition"],
    ["an impossible date", { from: "2026-02-30" }, "from"],
    ["a date in another format", { to: "11/25/2026" }, "to"],
    ["a range that ends before it starts", { from: "2026-11-25", to: "2026-11-01" }, "to"],
    ["a search over 100 characters", { q: "a".repeat(101) }, "q"],
    ["limit 0", { limit: "0" }, "limit"],
    ["limit over 100", { limit: "101" }, "limit"],
    ["a fractional limit", { limit: "2.5" }, "limit"],
    ["a non-numeric limit", { limit: "ten" }, "limit"],
    ["an oversized cursor", { cursor: "a".repeat(513) }, "cursor"],
  ];
  for (const [name, value, field] of invalid) {
    it(`refuses ${name} with a message on "${field}"`, () => {
      const fields = fieldsOf(queueQuerySchema, value);
      expect(Object.keys(fields)).toEqual([field]);
      expect(fields[field]).toMatch(/\w/);
    });
  }
});

describe("body schemas", () => {
  it("accepts a status change to a known status only", () => {
    expect(statusChangeSchema.parse({ status: "ARCHIVED" })).toEqual({ status: "ARCHIVED" });
    expect(Object.keys(fieldsOf(statusChangeSchema, { status: "archived" }))).toEqual(["status"]);
  });

  it("trims notes and refuses empty, overlong or control-character notes", () => {
    expect(noteSchema.parse({ body: "  Call back  " })).toEqual({ body: "Call back" });
    expect(Object.keys(fieldsOf(noteSchema, { body: "  " }))).toEqual(["body"]);
    expect(Object.keys(fieldsOf(noteSchema, { body: "x".repeat(5001) }))).toEqual(["body"]);
    expect(Object.keys(fieldsOf(noteSchema, { body: "a\u0000b" }))).toEqual(["body"]);
    expect(Object.keys(fieldsOf(noteSchema, {}))).toEqual(["body"]);
  });

  it("lets a draft be partly empty but requires every part but considerations to send", () => {
    expect(replyInputSchema.parse({})).toEqual({
      likelihood: null,
      benefits: "",
      timeline: "",
      considerations: "",
      message: "",
    });
    const draft = {
      likelihood: "NOT_NOW",
      benefits: "b",
      timeline: "t",
      message: "m",
      templateKey: "crps",
      extra: 1,
    };
    expect(replyInputSchema.parse(draft)).toEqual({
      ...draft,
      considerations: "",
      extra: undefined,
    });
    expect(replyCompleteSchema.safeParse({ ...draft, considerations: "" }).success).toBe(true);
    expect(Object.keys(fieldsOf(replyCompleteSchema, { benefits: " " })).sort()).toEqual([
      "benefits",
      "likelihood",
      "message",
      "timeline",
    ]);
    expect(
      Object.keys(fieldsOf(replyInputSchema, { likelihood: "MAYBE", templateKey: "flu" })).sort(),
    ).toEqual(["likelihood", "templateKey"]);
    expect(Object.keys(fieldsOf(replyInputSchema, { message: "x".repeat(10_001) }))).toEqual([
      "message",
    ]);
  });

  it("requires a title, likelihood, benefits, timeline and message in a template", () => {
    const fields = fieldsOf(templateInputSchema, { considerations: "" });
    expect(Object.keys(fields).sort()).toEqual([
      "benefits",
      "likelihood",
      "message",
      "timeline",
      "title",
    ]);
  });

  it("validates audit filters", () => {
    expect(auditQuerySchema.parse({ action: "reply.send", limit: "10" })).toEqual({
      action: "reply.send",
      limit: 10,
    });
    expect(auditQuerySchema.parse({})).toEqual({ limit: 50 });
    expect(Object.keys(fieldsOf(auditQuerySchema, { actorId: "bob" }))).toEqual(["actorId"]);
    expect(Object.keys(fieldsOf(auditQuerySchema, { action: "DROP TABLE" }))).toEqual(["action"]);
    expect(Object.keys(fieldsOf(auditQuerySchema, { limit: "500" }))).toEqual(["limit"]);
  });
});
