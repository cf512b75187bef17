// The shape of a submission reference (LDN-7KQ4-M2XD), without node:crypto so client pages and
// schemas can check a reference too. Generation lives in lib/reference.ts.

/** Crockford-style alphabet without 0/O, 1/I/L and U: easy to read aloud and type from an email. */
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

export const REFERENCE_PATTERN = /^LDN-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

export function isReference(value: string): boolean {
  return REFERENCE_PATTERN.test(value);
}
