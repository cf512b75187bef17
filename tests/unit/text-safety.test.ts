import { describe, expect, it } from "vitest";
import { staffUserSchema } from "@/lib/auth/schemas";
import { isSafeText } from "@/lib/validations/text-safety";
import {
  auditQuerySchema,
  fieldErrors,
  noteSchema,
  queueQuerySchema,
  replyInputSchema,
  templateInputSchema,
} from "@/lib/validations/staff";

const unstorable = ["\u0000", "a\u0000b", "\ud800", "x\udfff", "\udc00\ud800", "\u0007"];

describe("isSafeText", () => {
  it("refuses NUL, control characters and lone surrogates", () => {
    for (const text of unstorable) expect(isSafeText(text), JSON.stringify(text)).toBe(false);
  });

  it("accepts ordinary text in any script, emoji (surrogate pairs), tabs and newlines", () => {
    for (const text of ["Zoë O’Brien", "李小龙", "🙂 ok", "line\nbreak\ttab\r\n", ""])
      expect(isSafeText(text), text).toBe(true);
  });
});

describe("staff inputs refuse unstorable text with a field error", () => {
  const cases: [
    string,
    { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
    unknown,
    string,
  ][] = [
    ["queue search", queueQuerySchema, { q: "abc\u0000" }, "q"],
    ["queue search (surrogate)", queueQuerySchema, { q: "\ud83d" }, "q"],
    ["audit subjectId", auditQuerySchema, { subjectId: "\u0000" }, "subjectId"],
    ["note", noteSchema, { body: "note \ud800" }, "body"],
    ["reply message", replyInputSchema, { message: "hi\u0000" }, "message"],
    [
      "template title",
      templateInputSchema,
      {
        title: "T\udc00",
        likelihood: "LIKELY",
        benefits: "b",
        timeline: "t",
        message: "m",
      },
      "title",
    ],
    [
      "user name",
      staffUserSchema,
      { email: "a@b.example", name: "Al\u0000", role: "ADMIN" },
      "name",
    ],
  ];
  for (const [name, schema, input, field] of cases) {
    it(name, () => {
      const result = schema.safeParse(input);
      expect(result.success).toBe(false);
      expect(Object.keys(fieldErrors(result.error as never))).toEqual([field]);
    });
  }
});
