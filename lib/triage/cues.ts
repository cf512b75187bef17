// The cue words and phrases the screening reads context from (lib/triage/screen.ts), after NegEx
// (Chapman et al., J Biomed Inform 2001) and its pseudo-triggers. Text is lower-cased before any of
// these are tested.

const words = (list: string) => new Set(list.split(" "));
export const NEGATION = words(
  "no not never none without denies deny denied don't doesn't didn't dont doesnt didnt haven't hasn't havent isn't aren't wasn't weren't nor neither non zero avoid avoided avoiding refused declined negative",
);
export const NEGATION_AFTER = words("free negative none");
export const PAST = words(
  "stopped quit discontinued former formerly previously used was were had took tried weaned tapered came got ex past off cured",
);
export const PAST_AFTER = words(
  "stopped discontinued ago previously formerly until cured resolved cleared past before",
);
/** Words that end a trigger's scope: what follows is a new statement. */
export const TERMINATORS = words(
  "but however except although though yet now currently still whereas while and/or also",
);
export const OTHER_PEOPLE = words(
  "mother mom mum mommy father dad daddy parent parents sister sisters brother brothers husband wife partner spouse son sons daughter daughters child children kid kids aunt uncle grandmother grandfather grandma grandpa grandparent grandparents cousin friend friends family relative relatives niece nephew boyfriend girlfriend roommate coworker he she his her him",
);
/** "was diagnosed", "was prescribed": these say nothing about the past being over. */
export const NOT_PAST_AFTER = words("diagnosed told found prescribed started put given switched");
export const GETTING_OFF = words("get getting come coming wean weaning taper tapering");
/** "have had", "I've had": ongoing, not over. */
export const PERFECT = words("have has i've ive we've");
/** After a comma, "take"/"taking" starts a new statement ("stopped codeine, take tramadol daily"). */
export const CURRENT_VERBS = words("take takes taking use uses using on");
/** A class word followed by one of these is about the body or the news, not a medicine. */
export const NOT_A_MEDICINE_AFTER = words(
  "receptor receptors system blocker blockers antagonist antagonists epidemic crisis pathway pathways level levels test tests lab labs panel",
);
/** "No side effects from tramadol": a negation of something else, not of the medicine (NegEx's
 * pseudo-triggers). */
export const NOT_NEGATING_NEXT = words(
  "side problem problems issue issues trouble troubles complaint complaints change changes relief reaction reactions improvement help effect effects benefit longer",
);
/** Naltrexone outside the medicines list counts only when the patient says they take it. */
export const TAKES_NOW =
  /\b(i take|i'm taking|i am taking|i'm on|i am on|currently (?:take|taking|on|use|using)|i use|been taking|been on)\b/;
export const FIRST_PERSON = words("i i'm i've i'd me myself im ive");
export const ALLERGY = words(
  "allergic allergy allergies intolerant intolerance reaction reactions anaphylaxis",
);
export const HYPOTHETICAL = words("if whether unless case");
export const INTENT = words(
  "try trying tried want wanting hope hoping interested consider considering curious heard read learn about start starting",
);
export const CURRENT =
  /\b(currently|now|still|daily|nightly|every day|each day|as needed|prn|since|ongoing|i take|i'm taking|i am taking|i'm on|i am on|i use|taking|using)\b/;
export const WANT_TO_STOP =
  /\b(want|wants|wanting|trying|try|hope|hoping|plan|planning|need|needs|like|would like) to (stop|quit|get off|come off|taper|wean|reduce|cut down|cut back)\b/;
export const RECENT =
  /\b(yesterday|today|last night|this morning|this week|last week|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of|\d{1,2}) days? ago|a week ago)\b/;
export const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
export const DIAGNOSED = /\b(diagnosed|diagnosis|dx|since|from)\b/;
export const QUESTION_START =
  /^\s*(can|could|should|would|will|is|are|does|do|what|how|may|might|am|if)\b/;
export const FAMILY = /\b(family history|runs in (?:my|the) family)\b/;
export const VACCINE = /\bvaccin/;
export const PAST_PHRASE = /\bno longer\b|\bin the past\b|\bused to\b/;
/** In a question, words that make it a statement about the patient ("I'm on tramadol, can I…"). */
export const TELLS = /\b(currently|i have|i've|i'm|i am|been taking|been on|my)\b/;
