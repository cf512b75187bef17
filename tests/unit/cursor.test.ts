import { describe, expect, it } from "vitest";
import { auditCursorSchema, decodeCursor, encodeCursor, queueCursorSchema } from "@/lib/dal/cursor";
import { ValidationError } from "@/lib/dal/errors";

const key = [90, "2026-11-25T18:00:00.123Z", "0b99971a-f7c2-4c70-9a66-4452fbdc8ec7"] as const;

describe("keyset cursors", () => {
  it("round-trips a queue sort key through an opaque, URL-safe string", () => {
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain("2026");
    expect(decodeCursor(cursor, queueCursorSchema)).toEqual(key);
  });

  it("round-trips an audit cursor", () => {
    expect(decodeCursor(encodeCursor(["12345"]), auditCursorSchema)).toEqual(["12345"]);
  });

  const tampered: [string, string][] = [
    ["empty", ""],
    ["not base64url", "abc+/="],
    ["not JSON", Buffer.from("{oops").toString("base64url")],
    ["an object instead of a tuple", encodeCursor({ p: 1, c: key[1], i: key[2] })],
    ["too few parts", encodeCursor([1, key[1]])],
    ["too many parts", encodeCursor([...key, "x"])],
    ["a fractional priority", encodeCursor([1.5, key[1], key[2]])],
    ["a string priority", encodeCursor(["1", key[1], key[2]])],
    ["a bad date", encodeCursor([1, "2026-02-30T00:00:00Z x", key[2]])],
    ["a non-uuid id", encodeCursor([1, key[1], "1; DROP TABLE submission"])],
    ["an oversized cursor", "a".repeat(600)],
  ];
  for (const [name, cursor] of tampered) {
    it(`rejects ${name} as a validation error on "cursor"`, () => {
      let thrown: unknown;
      try {
        decodeCursor(cursor, queueCursorSchema);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ValidationError);
      expect(Object.keys((thrown as ValidationError).fields)).toEqual(["cursor"]);
    });
  }

  it("rejects audit ids beyond bigint and non-numeric ids", () => {
    for (const bad of [["9223372036854775808"], ["0"], ["-1"], ["1e3"], [12]]) {
      expect(() => decodeCursor(encodeCursor(bad), auditCursorSchema)).toThrow(ValidationError);
    }
  });
});
