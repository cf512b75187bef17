import { randomInt } from "node:crypto";

// Crockford-style alphabet without 0/O, 1/I/L and U: easy to read aloud and type from an email.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const PATTERN = /^LDN-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

/** A short human reference like LDN-7KQ4-M2XD (30^8 ≈ 6.6e11 values; uniqueness is enforced by the DB). */
export function generateReference(): string {
  let body = "";
  for (let i = 0; i < 8; i++) body += ALPHABET[randomInt(ALPHABET.length)];
  return `LDN-${body.slice(0, 4)}-${body.slice(4)}`;
}

export function isReference(value: string): boolean {
  return PATTERN.test(value);
}
