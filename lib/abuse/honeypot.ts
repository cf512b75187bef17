// A form field no person fills in: visually hidden, out of the tab order and of the accessibility
// tree, with autocomplete off (components/assessment/honeypot.tsx). Form-filling bots that complete
// every input give themselves away. Shared by the wizard and the API, which refuses any value.

export const HONEYPOT_FIELD = "website";

export const HONEYPOT_MESSAGE = "Leave this field empty.";

/** The field error for a tripped honeypot, or null when the field is absent or empty. */
export function honeypotError(body: unknown): Record<string, string> | null {
  if (typeof body !== "object" || body === null || !(HONEYPOT_FIELD in body)) return null;
  const value = (body as Record<string, unknown>)[HONEYPOT_FIELD];
  return value === "" || value === null ? null : { [HONEYPOT_FIELD]: HONEYPOT_MESSAGE };
}
