// What a person's name may look like. Names are shown to staff and signed with, never mailed, but
// a name field is still no place for a sentence, a link or a look-alike spelling: letters of one
// writing system, spaces, hyphens, apostrophes (' and ’) and periods. Kept apart from the zod
// schema so each rule has its own message and its own tests (tests/unit/person-name.test.ts).

const ALLOWED = /^[\p{L}\p{M} '’.-]*$/u;
const STARTS_AND_ENDS = /^[\p{L}\p{M}](?:.*[\p{L}\p{M}.])?$/su;
const PUNCTUATION_RUN = /['’.-]['’.-]/u;
/** More than two marks on one letter: "Zalgo" text, or a way to smuggle in look-alikes. */
const MARK_RUN = /\p{M}{3}/u;
/** "evil-pharmacy.example": letters, a period, letters, with no space after the period. */
const DOMAIN_LIKE = /[\p{L}\p{M}]{2}\.[\p{L}\p{M}]{2}/u;

/** Writing systems told apart; letters of any other script count as one more, "other". */
const SCRIPTS = [
  "Latin",
  "Greek",
  "Cyrillic",
  "Armenian",
  "Georgian",
  "Hebrew",
  "Arabic",
  "Devanagari",
  "Bengali",
  "Tamil",
  "Thai",
  "Ethiopic",
  "Han",
  "Hiragana",
  "Katakana",
  "Hangul",
] as const;
const scriptTests = SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, "u")] as const);

/** Scripts that are written together within one name: Japanese and Korean. */
const COMBINED: readonly (readonly string[])[] = [
  ["Han", "Hiragana", "Katakana"],
  ["Han", "Hangul"],
];

function scriptOf(letter: string): string {
  return scriptTests.find(([, test]) => test.test(letter))?.[0] ?? "other";
}

/** True when the letters of `text` come from one writing system (or one accepted combination). */
export function singleScript(text: string): boolean {
  const scripts = new Set<string>();
  for (const char of text) if (/\p{L}/u.test(char)) scripts.add(scriptOf(char));
  if (scripts.size <= 1) return true;
  return COMBINED.some((group) => [...scripts].every((s) => group.includes(s)));
}

export type NameProblem = "characters" | "punctuation" | "marks" | "scripts" | "link";

/**
 * The first rule a (trimmed, non-empty) name breaks, or null. `scriptScope` "word" judges each
 * space-separated word on its own (a signature joins a first and a last name that may each be in
 * another alphabet); "name" judges the whole value.
 */
export function nameProblem(
  value: string,
  scriptScope: "name" | "word" = "name",
): NameProblem | null {
  if (!ALLOWED.test(value) || !STARTS_AND_ENDS.test(value)) return "characters";
  if (DOMAIN_LIKE.test(value)) return "link";
  if (PUNCTUATION_RUN.test(value)) return "punctuation";
  if (MARK_RUN.test(value.normalize("NFD")) || MARK_RUN.test(value)) return "marks";
  const parts = scriptScope === "word" ? value.split(/\s+/) : [value];
  if (!parts.every(singleScript)) return "scripts";
  return null;
}

export function nameMessage(label: string, problem: NameProblem): string {
  switch (problem) {
    case "characters":
      return `${label} can contain letters, spaces, apostrophes, hyphens and periods, and must start with a letter`;
    case "link":
      return `${label} cannot contain a web address`;
    case "punctuation":
      return `${label} cannot have two punctuation marks in a row`;
    case "marks":
      return `${label} has too many accent marks on one letter`;
    case "scripts":
      return `${label} mixes letters from different alphabets: write it in one alphabet`;
  }
}
