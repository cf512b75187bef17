// Characters no text field or query parameter may carry. Postgres cannot store NUL in text or
// jsonb, and rejects a lone UTF-16 surrogate ("\ud800") inside JSON; other control characters
// (tab and newlines aside) have no place in anything a person types. Refusing them where input is
// parsed turns what would be a database error (a 500) into a 400 with the field named.

const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when the text can be stored and shown as typed. */
export function isSafeText(value: string): boolean {
  return !CONTROL_CHARS.test(value) && !LONE_SURROGATE.test(value);
}

/** The field-level message for text that fails isSafeText. */
export const unsafeTextMessage = (label: string) => `${label} contains characters we cannot accept`;
