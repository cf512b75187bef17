import { randomInt } from "node:crypto";
import { REFERENCE_ALPHABET } from "./reference-format";

export { isReference, REFERENCE_PATTERN } from "./reference-format";

/** A short human reference like LDN-7KQ4-M2XD (30^8 ≈ 6.6e11 values; uniqueness is enforced by the DB). */
export function generateReference(): string {
  let body = "";
  for (let i = 0; i < 8; i++) body += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `LDN-${body.slice(0, 4)}-${body.slice(4)}`;
}
