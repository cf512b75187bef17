import { distance } from "fastest-levenshtein";
import { drugNames, NOT_MISSPELLINGS, type DrugName } from "./lexicon";

// Finding a medicine's name at a word of a patient's text: several-word names first ("tylenol
// no 3"), then the word itself or its plural, then a name one or two typos away.

export type Token = { text: string; start: number; end: number };

export const norm = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'");

const tokenKey = (s: string) =>
  norm(s)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .join(" ");

const byName = new Map<string, DrugName>(drugNames.map((d) => [tokenKey(d.name), d]));
/** For names of several words ("tylenol 3"): their first word → their lengths in words. */
const multiWord = new Map<string, number[]>();
for (const key of byName.keys()) {
  const parts = key.split(" ");
  if (parts.length > 1)
    multiWord.set(
      parts[0]!,
      [...(multiWord.get(parts[0]!) ?? []), parts.length].sort((a, b) => b - a),
    );
}
/** One-word names long enough to match with a typo, by first letter (typos rarely change it). */
const fuzzyByLetter = new Map<string, [string, DrugName][]>();
for (const entry of byName.entries()) {
  const [name] = entry;
  // Names with digits ("tylenol3") are product codes, not words a typo could reach.
  if (name.includes(" ") || name.length < 7 || /\d/.test(name)) continue;
  fuzzyByLetter.set(name[0]!, [...(fuzzyByLetter.get(name[0]!) ?? []), entry]);
}

/**
 * Typo matches by word, kept across calls: patients' vocabulary repeats, and the edit distance is
 * the costly part of screening. Bounded, so a flood of distinct words cannot grow it without end.
 */
const fuzzyCache = new Map<string, DrugName | null>();
const FUZZY_CACHE_MAX = 50_000;

function fuzzy(word: string): DrugName | null {
  const cached = fuzzyCache.get(word);
  if (cached !== undefined) return cached;
  let found: DrugName | null = null;
  if (word.length >= 7 && !NOT_MISSPELLINGS.has(word) && !/\d/.test(word)) {
    for (const [name, drug] of fuzzyByLetter.get(word[0]!) ?? []) {
      const allowed = name.length >= 9 ? 2 : 1;
      if (Math.abs(name.length - word.length) > allowed) continue;
      if (distance(name, word) <= allowed) {
        found = drug;
        break;
      }
    }
  }
  if (fuzzyCache.size >= FUZZY_CACHE_MAX) fuzzyCache.clear();
  fuzzyCache.set(word, found);
  return found;
}

export function matchDrug(tokens: Token[], i: number): { drug: DrugName; last: number } | null {
  const first = tokens[i]!.text;
  for (const n of multiWord.get(first) ?? []) {
    if (i + n > tokens.length) continue;
    const key = tokens
      .slice(i, i + n)
      .map((t) => t.text)
      .join(" ");
    const drug = byName.get(key);
    if (drug) return { drug, last: i + n - 1 };
  }
  // Plurals as patients write them: "norcos", "percs" stay exact matches.
  const exact =
    byName.get(first) ?? (first.endsWith("s") ? byName.get(first.slice(0, -1)) : undefined);
  if (exact) return { drug: exact, last: i };
  const typo = fuzzy(first);
  return typo ? { drug: typo, last: i } : null;
}
