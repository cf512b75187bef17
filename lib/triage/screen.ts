import {
  ALLERGY,
  CURRENT,
  CURRENT_VERBS,
  DIAGNOSED,
  FAMILY,
  FIRST_PERSON,
  GETTING_OFF,
  HYPOTHETICAL,
  INTENT,
  NEGATION,
  NEGATION_AFTER,
  NOT_A_MEDICINE_AFTER,
  NOT_NEGATING_NEXT,
  NOT_PAST_AFTER,
  OTHER_PEOPLE,
  PAST,
  PAST_AFTER,
  PAST_PHRASE,
  PERFECT,
  QUESTION_START,
  RECENT,
  TAKES_NOW,
  TELLS,
  TERMINATORS,
  VACCINE,
  WANT_TO_STOP,
  YEAR,
} from "./cues";
import { conditionPatterns, FUTURE, type ConditionKind, type DrugClass } from "./lexicon";
import { matchDrug, norm, type Token } from "./match-drug";

// Reads a patient's own words for what the yes/no answers may have missed. A mention counts only
// when it is about the patient, now: negation ("no opioids"), the past ("stopped tramadol in 2019"),
// other people ("my mother has cirrhosis") and questions ("is LDN safe with tramadol?") raise
// nothing. The approach follows NegEx (Chapman et al., J Biomed Inform 2001): trigger words whose
// scope runs a few words forward and ends at a contrast word such as "but" or "now".

/** How a free-text field's words are read (declared next to the field in the schema). */
export type ScreenContext =
  /** A list of medicines taken now: every name counts unless the words say otherwise. */
  | "medications"
  /** What the patient has now unless the words say otherwise (the default). */
  | "current"
  /** Treatments tried before: a medicine counts only when the words say it is still taken. */
  | "past"
  /** Answers about earlier LDN use: naltrexone is expected here. */
  | "prior-ldn"
  /** Allergies: a medicine named here is one the patient reacts to, not one they take. */
  | "allergy";

export type Concept = DrugClass | ConditionKind;

export type Finding = {
  concept: Concept;
  /** Field path, e.g. "medications.currentMedications", and its short name. */
  path: string;
  field: string;
  /** The patient's words as written, e.g. "Norco 5/325". */
  excerpt: string;
  /** What the medicine contains (drugs only), e.g. "hydrocodone". */
  generic?: string;
  /** A mention of stopping very recently ("stopped tramadol 3 days ago"). */
  recent?: boolean;
};

export type ScreenedText = { path: string; field: string; context: ScreenContext; text: string };

/** How far (in words) a trigger before a mention reaches. */
const SCOPE = 7;

type Sentence = {
  text: string;
  start: number;
  tokens: Token[];
  /** Sentence-wide tests, run once per sentence however many mentions it holds. */
  memo: Map<RegExp | ((text: string) => boolean), boolean>;
};

/** `test` on the sentence, computed once. */
function holds(s: Sentence, test: RegExp | ((text: string) => boolean)): boolean {
  let value = s.memo.get(test);
  if (value === undefined) {
    value = typeof test === "function" ? test(s.text) : test.test(s.text);
    s.memo.set(test, value);
  }
  return value;
}

function sentences(text: string): Sentence[] {
  const lower = norm(text);
  const out: Sentence[] = [];
  // A full stop followed by a digit is a decimal ("0.5 mg"), and one after a common abbreviation
  // ("Tylenol No. 3", "Dr. Lee") is not the end of a sentence either.
  const boundary = /[!?;\n]+|(?<!\b(?:no|dr|mr|mrs|ms|vs|approx|tab|tabs|caps|e\.g|i\.e))\.(?!\d)/g;
  let start = 0;
  const push = (end: number) => {
    const slice = lower.slice(start, end);
    const tokens: Token[] = [];
    for (const m of slice.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu))
      tokens.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
    if (tokens.length > 0) out.push({ text: slice, start, tokens, memo: new Map() });
  };
  for (const m of lower.matchAll(boundary)) {
    push(m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(lower.length);
  return out;
}

/** The tokens from the last scope terminator before `index` up to it, at most SCOPE of them. */
function scopeBefore(s: Sentence, index: number): Token[] {
  const { tokens } = s;
  const from = Math.max(0, index - SCOPE);
  let begin = from;
  for (let i = index - 1; i >= from; i--) {
    const token = tokens[i]!;
    if (TERMINATORS.has(token.text)) {
      begin = i + 1;
      break;
    }
    const gap = i > 0 ? s.text.slice(tokens[i - 1]!.end - s.start, token.start - s.start) : "";
    if (CURRENT_VERBS.has(token.text) && gap.includes(",")) {
      begin = i;
      break;
    }
  }
  return tokens.slice(begin, index);
}

/** Past words in scope, except "was diagnosed" and "have had" (not over). */
function pastBefore(s: Sentence, before: Token[]): boolean {
  return before.some((t) => {
    if (!PAST.has(t.text)) return false;
    const i = s.tokens.indexOf(t);
    const next = s.tokens[i + 1]?.text ?? "";
    const prev = s.tokens[i - 1]?.text ?? "";
    if (NOT_PAST_AFTER.has(next)) return false;
    // "get off", "coming off": still taken, being stopped.
    if (t.text === "off" && GETTING_OFF.has(prev)) return false;
    if (t.text === "had" && PERFECT.has(prev)) return false;
    return true;
  });
}

function scopeAfter(tokens: Token[], index: number, n: number): Token[] {
  const out: Token[] = [];
  for (let i = index; i < Math.min(tokens.length, index + n); i++) {
    if (TERMINATORS.has(tokens[i]!.text)) break;
    out.push(tokens[i]!);
  }
  return out;
}

const has = (tokens: Token[], set: Set<string>) => tokens.some((t) => set.has(t.text));

type Reading = "current" | "negated" | "past" | "recent" | "other" | "hypothetical" | "allergy";

/** What a mention at tokens [first, last] of a sentence says about the patient now. */
function read(s: Sentence, first: number, last: number, concept: Concept): Reading {
  const before = scopeBefore(s, first);
  const after = scopeAfter(s.tokens, last + 1, 4);
  const wholeBefore = s.tokens.slice(0, first);

  // Someone else: "my mother has cirrhosis", unless the patient speaks of themself in between.
  const lastOther = wholeBefore.findLastIndex((t) => OTHER_PEOPLE.has(t.text));
  if (lastOther !== -1 && !wholeBefore.slice(lastOther + 1).some((t) => FIRST_PERSON.has(t.text)))
    return "other";
  if (holds(s, FAMILY)) return "other";

  if (has(before.slice(-4), ALLERGY)) return "allergy";
  if (
    before.some(
      (t) =>
        NEGATION.has(t.text) &&
        !NOT_NEGATING_NEXT.has(s.tokens[s.tokens.indexOf(t) + 1]?.text ?? ""),
    )
  )
    return "negated";
  const afterNeg = after.slice(0, 2);
  if (has(afterNeg, NEGATION_AFTER)) return "negated";
  if (after.length === 1 && after[0]!.text === "no") return "negated";
  if (concept === "liver" && holds(s, VACCINE)) return "negated";

  const current = holds(s, CURRENT) || holds(s, WANT_TO_STOP);
  // A sentence that opens like a question asks; "Knee replacement next month - ok?" still tells.
  const question = holds(s, QUESTION_START);
  // "Can I take tramadol with LDN?" asks; "I'm on tramadol, can I take LDN?" tells.
  if (question && !holds(s, TELLS)) return "hypothetical";
  if (has(before, HYPOTHETICAL)) return "hypothetical";
  if (concept === "antagonist" && has(before, INTENT) && !holds(s, TAKES_NOW))
    return "hypothetical";

  // A transplanted organ stays transplanted: past words do not clear it.
  if (concept === "transplant") return "current";
  const pastCue =
    (pastBefore(s, before) && !holds(s, WANT_TO_STOP)) ||
    has(after, PAST_AFTER) ||
    holds(s, PAST_PHRASE);
  if (pastCue) return holds(s, RECENT) ? "recent" : "past";
  if (!current && holds(s, pastYear)) return "past";
  return "current";
}

function pastYear(text: string): boolean {
  const thisYear = new Date().getUTCFullYear();
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    const lead = text.slice(Math.max(0, m.index - 24), m.index);
    if (year < thisYear && !DIAGNOSED.test(lead)) return true;
  }
  return false;
}

/** The mention as the patient wrote it, with a dose that follows ("Norco 5/325", "Synthroid 50 mcg"). */
function excerpt(original: string, s: Sentence, first: number, last: number): string {
  let end = last;
  while (
    end + 1 < s.tokens.length &&
    end - last < 3 &&
    /^(\d+(?:[.,]\d+)?|mg|mcg|µg|ug|ml|%|units?|iu)$/.test(s.tokens[end + 1]!.text)
  )
    end++;
  return original
    .slice(s.tokens[first]!.start, s.tokens[end]!.end)
    .replace(/\s+/g, " ")
    .slice(0, 60);
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  return tokens.findIndex((t) => t.end > offset);
}

/** Every mention in one field that is about the patient now. */
export function screenText({ path, field, context, text }: ScreenedText): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (f: Finding) => {
    const key = `${f.concept}|${f.generic ?? f.excerpt.toLowerCase()}`;
    if (!seen.has(key)) {
      seen.add(key);
      findings.push(f);
    }
  };

  for (const s of sentences(text)) {
    for (let i = 0; i < s.tokens.length; i++) {
      const hit = matchDrug(s.tokens, i);
      if (!hit) continue;
      const { drug, last } = hit;
      if (NOT_A_MEDICINE_AFTER.has(s.tokens[last + 1]?.text ?? "")) continue;
      // One mention about the patient now is enough: later ones of the same medicine add nothing.
      if (context !== "allergy" && seen.has(`${drug.drugClass}|${drug.generic}`)) {
        i = last;
        continue;
      }
      const reading = read(s, i, last, drug.drugClass);
      const words = excerpt(text, s, i, last);
      i = last;
      const allergic = context === "allergy" || reading === "allergy";
      if (allergic) {
        if (drug.drugClass === "antagonist" && reading !== "negated" && reading !== "other")
          add({ concept: "allergy", path, field, excerpt: words, generic: drug.generic });
        continue;
      }
      if (drug.drugClass === "antagonist") {
        // Patients write about LDN itself everywhere; it counts only where they list what they take.
        if (context === "prior-ldn") continue;
        if (context !== "medications" && !holds(s, TAKES_NOW)) continue;
      }
      const stillTaken = context !== "past" || holds(s, CURRENT);
      if ((reading === "current" && stillTaken) || reading === "recent")
        add({
          concept: drug.drugClass,
          path,
          field,
          excerpt: words,
          generic: drug.generic,
          ...(reading === "recent" ? { recent: true } : {}),
        });
    }

    if (context === "allergy") continue;
    for (const { kind, pattern } of conditionPatterns) {
      // A surgery counts only when the sentence places it ahead: test that first, it is cheaper.
      if (kind === "surgery" && !holds(s, FUTURE)) continue;
      for (const m of s.text.matchAll(pattern)) {
        const first = tokenIndexAt(s.tokens, s.start + m.index);
        const last = tokenIndexAt(s.tokens, s.start + m.index + m[0].length - 1);
        if (first === -1 || last === -1) continue;
        const reading = read(s, first, last, kind);
        if (reading === "current" || (reading === "recent" && kind !== "surgery"))
          add({ concept: kind, path, field, excerpt: excerpt(text, s, first, last) });
      }
    }
  }
  return findings;
}
