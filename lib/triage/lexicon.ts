// What the screening recognises in a patient's own words: medicines by generic name, US brand name,
// common combination and common misspelling, each mapped to the class that matters for LDN, and
// condition phrases. Data only; lib/triage/screen.ts does the matching.
//
// Sources: FDA labels (Drugs@FDA) and DailyMed for brand ↔ generic names; the Vivitrol (naltrexone
// ER) label for the opioid-free interval and antagonist products; the DEA's Drugs of Abuse (2024)
// and FDA's kratom advisories for kratom; RxNorm brand names for thyroid hormones and transplant
// immunosuppressants. Misspellings are those seen in free-text medication lists (phonetic slips,
// doubled or dropped letters); longer names are also matched with a small edit distance.

export type DrugClass = "opioid" | "thyroid" | "immunosuppressant" | "antagonist";

/** Classes a medicine belongs to, with the words a physician and a patient read. */
export const drugClasses: Record<DrugClass, { staff: string }> = {
  opioid: { staff: "an opioid" },
  thyroid: { staff: "a thyroid hormone" },
  immunosuppressant: { staff: "an anti-rejection / immunosuppressant medicine" },
  antagonist: { staff: "contains naltrexone or another opioid antagonist" },
};

/** Long-acting opioids need a longer opioid-free interval before naltrexone (Vivitrol label §2.1). */
export const LONG_ACTING = new Set(["methadone", "buprenorphine"]);

type Entry = [generic: string, names: string[]];

// Each entry: the generic (or what the product contains) and every name it goes by. A name may be
// several words ("tylenol 3"); punctuation is ignored when matching, so "Tylenol #3" reads the same.
const opioids: Entry[] = [
  [
    "hydrocodone",
    [
      "hydrocodone",
      "hydrocodon",
      "hydrocodeine",
      "norco",
      "vicodin",
      "vicoden",
      "lortab",
      "lorcet",
      "hysingla",
      "zohydro",
      "xodol",
      "verdrocet",
      "hycodan",
      "tussionex",
      "hydromet",
      "apadaz",
      "benzhydrocodone",
    ],
  ],
  [
    "oxycodone",
    [
      "oxycodone",
      "oxycodon",
      "oxicodone",
      "oxycontin",
      "oxicontin",
      "oxycotin",
      "percocet",
      "percoset",
      "perocet",
      "roxicodone",
      "roxybond",
      "endocet",
      "xtampza",
      "percodan",
      "primlev",
      "oxaydo",
      "oxy",
      "oxys",
    ],
  ],
  [
    "codeine",
    [
      "codeine",
      "codine",
      "codiene",
      "codeine sulfate",
      "tylenol 3",
      "tylenol 4",
      "tylenol3",
      "tylenol4",
      "tylenol no 3",
      "tylenol no 4",
      "tylenol with codeine",
      "t3 with codeine",
      "tuzistra",
      "tuxarin",
      "cheratussin ac",
      "robitussin ac",
      "guaifenesin ac",
      "promethazine codeine",
      "phenergan with codeine",
      "fioricet with codeine",
      "fiorinal with codeine",
      "dihydrocodeine",
      "purple drank",
      "codeine cough syrup",
      "cough syrup with codeine",
    ],
  ],
  [
    "tramadol",
    [
      "tramadol",
      "tramadole",
      "tramodol",
      "tramedol",
      "trammadol",
      "ultram",
      "ultracet",
      "conzip",
      "qdolo",
      "seglentis",
    ],
  ],
  ["tapentadol", ["tapentadol", "nucynta"]],
  [
    "morphine",
    [
      "morphine",
      "morphin",
      "ms contin",
      "mscontin",
      "kadian",
      "avinza",
      "arymo",
      "morphabond",
      "embeda",
    ],
  ],
  ["hydromorphone", ["hydromorphone", "dilaudid", "exalgo"]],
  ["oxymorphone", ["oxymorphone", "opana"]],
  [
    "fentanyl",
    [
      "fentanyl",
      "fentanil",
      "fentanyl patch",
      "duragesic",
      "actiq",
      "fentora",
      "subsys",
      "abstral",
      "lazanda",
    ],
  ],
  ["methadone", ["methadone", "methadon", "dolophine", "methadose", "diskets"]],
  [
    "buprenorphine",
    [
      "buprenorphine",
      "buprenorphin",
      "bupe",
      "suboxone",
      "suboxen",
      "suboxin",
      "subutex",
      "zubsolv",
      "bunavail",
      "sublocade",
      "brixadi",
      "butrans",
      "belbuca",
      "buprenex",
    ],
  ],
  ["meperidine", ["meperidine", "pethidine", "demerol"]],
  ["diphenoxylate", ["diphenoxylate", "lomotil"]],
  ["levorphanol", ["levorphanol"]],
  ["pentazocine", ["pentazocine", "talwin"]],
  ["butorphanol", ["butorphanol", "stadol"]],
  ["kratom", ["kratom", "kratum", "mitragynine", "mitragyna", "7-oh", "7 hydroxymitragynine"]],
  [
    "an opioid",
    [
      "opioid",
      "opioids",
      "opiate",
      "opiates",
      "narcotic",
      "narcotics",
      "narcotic pain medicine",
      "heroin",
      "opium",
      "paregoric",
      "opioid cough syrup",
      "narcotic cough syrup",
    ],
  ],
];

const thyroidHormones: Entry[] = [
  [
    "levothyroxine",
    [
      "levothyroxine",
      "levothyroxin",
      "levothyroxene",
      "levothroxine",
      "levothyrox",
      "l-thyroxine",
      "thyroxine",
      "synthroid",
      "synthyroid",
      "synthoid",
      "levoxyl",
      "unithroid",
      "euthyrox",
      "tirosint",
      "levo-t",
      "levolet",
      "thyquidity",
      "ermeza",
    ],
  ],
  ["liothyronine", ["liothyronine", "cytomel", "triostat", "liotrix", "thyrolar"]],
  [
    "desiccated thyroid",
    [
      "desiccated thyroid",
      "dessicated thyroid",
      "armour thyroid",
      "armour",
      "armor thyroid",
      "np thyroid",
      "nature-throid",
      "nature throid",
      "naturethroid",
      "westhroid",
      "wp thyroid",
      "adthyza",
      "niva thyroid",
      "thyroid extract",
      "thyroid hormone",
      "thyroid medication",
      "thyroid medicine",
      "thyroid pill",
    ],
  ],
];

const immunosuppressants: Entry[] = [
  ["tacrolimus", ["tacrolimus", "tacrolimous", "prograf", "envarsus", "astagraf"]],
  [
    "cyclosporine",
    ["cyclosporine", "ciclosporin", "cyclosporin", "neoral", "sandimmune", "gengraf"],
  ],
  [
    "mycophenolate",
    ["mycophenolate", "mycophenolic", "mycophenylate", "cellcept", "cell cept", "myfortic"],
  ],
  ["sirolimus", ["sirolimus", "rapamune", "rapamycin"]],
  ["everolimus", ["everolimus", "zortress", "afinitor"]],
  ["azathioprine", ["azathioprine", "azathioprin", "azathiaprine", "imuran", "azasan"]],
  ["belatacept", ["belatacept", "nulojix"]],
  [
    "an anti-rejection medicine",
    [
      "anti-rejection",
      "antirejection",
      "anti rejection",
      "immunosuppressant",
      "immunosuppressants",
      "immune suppressant",
      "immunosuppressive",
    ],
  ],
];

const antagonists: Entry[] = [
  [
    "naltrexone",
    [
      "naltrexone",
      "naltrexon",
      "naltrexsone",
      "naltraxone",
      "naltrexone hydrochloride",
      "vivitrol",
      "revia",
      "depade",
      "low dose naltrexone",
      "low-dose naltrexone",
    ],
  ],
  ["naltrexone-bupropion", ["contrave", "mysimba"]],
  ["samidorphan", ["samidorphan", "lybalvi"]],
  ["nalmefene", ["nalmefene", "selincro", "zurnai"]],
];

function expand(drugClass: DrugClass, entries: Entry[]) {
  return entries.flatMap(([generic, names]) => names.map((name) => ({ name, generic, drugClass })));
}

export type DrugName = { name: string; generic: string; drugClass: DrugClass };

/** Every recognised medicine name. Naloxone alone (Narcan, a rescue spray) is left out on purpose. */
export const drugNames: DrugName[] = [
  ...expand("opioid", opioids),
  ...expand("thyroid", thyroidHormones),
  ...expand("immunosuppressant", immunosuppressants),
  ...expand("antagonist", antagonists),
];

/**
 * Ordinary words one letter away from a medicine name: never read as a misspelling of it
 * ("program" is not Prograf, "morphing" is not morphine).
 */
export const NOT_MISSPELLINGS = new Set([
  "program",
  "programs",
  "morphing",
  "codename",
  "cocaine",
  "methadine",
  "thyroid",
  "revival",
  "lever",
  "levels",
]);

export type ConditionKind =
  "liver" | "kidney" | "transplant" | "pregnancy" | "surgery" | "crisis" | "allergy";

export type ConditionPattern = { kind: ConditionKind; staff: string; pattern: RegExp };

// Condition phrases, matched on lower-cased text with punctuation kept. A surgery phrase counts only
// when the sentence also says it is ahead (see FUTURE below); the rest count unless negated, past or
// about someone else.
export const conditionPatterns: ConditionPattern[] = [
  {
    kind: "liver",
    staff: "liver disease",
    pattern:
      /\b(cirrhosis|cirrhotic|hepatitis(?: [abc])?|hep [abc]|hbv|hcv|liver (?:failure|disease|damage|cancer|fibrosis)|fatty liver|nafld|masld|autoimmune hepatitis|primary biliary (?:cholangitis|cirrhosis)|elevated liver enzymes)\b/g,
  },
  {
    kind: "kidney",
    staff: "kidney disease",
    pattern:
      /\b(chronic kidney disease|ckd(?: stage \d)?|(?:on |hemo|haemo|peritoneal )?dialysis|kidney (?:failure|disease|insufficiency|damage)|renal (?:failure|disease|insufficiency|impairment)|end[- ]stage renal|esrd|stage [345] kidney)\b/g,
  },
  {
    kind: "transplant",
    staff: "an organ transplant",
    pattern:
      /\b((?:kidney|liver|heart|lung|pancreas|organ|renal|bone marrow|stem cell) transplant(?:ed|ation)?|(?<!hair |fecal |faecal |stool |fat |tendon )transplant(?:ed|ation)?|transplant recipient)\b/g,
  },
  {
    kind: "pregnancy",
    staff: "pregnancy, planning a pregnancy or breastfeeding",
    pattern:
      /\b(\d{1,2} (?:weeks?|months?) pregnant|pregnant|pregnancy|expecting a baby|ivf|in vitro fertili[sz]ation|trying to (?:conceive|get pregnant|have a baby)|fertility treatments?|breast ?feeding|breast-feeding|nursing (?:my|a|our) (?:baby|newborn|infant|son|daughter)|i am nursing|i'm nursing|currently nursing)\b/g,
  },
  {
    kind: "surgery",
    staff: "planned surgery or a procedure",
    pattern:
      /\b(surgery|surgeries|operation|procedure|(?:knee|hip|shoulder|joint) replacement|[a-z]+ectomy|[a-z]+plasty|colonoscopy|endoscopy|c-section|caesarean|cesarean|wisdom teeth|tooth extraction|implant surgery|spinal fusion|removed|removal|taken out)\b/g,
  },
  {
    kind: "crisis",
    staff: "thoughts of suicide or self-harm",
    pattern:
      /\b(suicid(?:e|al)|suicidal (?:thoughts|ideation)|kill(?:ing)? myself|end(?:ing)? my (?:own )?life|end(?:ing)? it all|take my (?:own )?life|tak(?:e|ing) my own life|want(?:ed|ing)? to die|wish(?:ed)? i (?:was|were) dead|better off dead|self[- ]?harm(?:ing)?|(?:thoughts? of|want(?:ing)? to|urges? to|feel like) (?:hurting|harming|cutting|hurt|harm|cut) myself|no reason to live|better off without me|(?:not|isn't) worth living|no point (?:in )?living|(?:been|started|keep|am|i'm) (?:cutting|harming|hurting) myself|(?:don't|do not) want to (?:live|be alive|be here anymore))\b/g,
  },
];

/** A surgery phrase is a planned surgery only when the sentence places it ahead. */
export const FUTURE =
  /\b(next (?:week|month|year|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday)|upcoming|scheduled|planned|planning|booked|will (?:have|be having|need)|going to have|getting (?:a|my|an)|having (?:a|my|an)\b.*\b(?:next|on|in|soon)|in \d+ (?:days?|weeks?|months?)|in (?:a|two|three|four|a few|few) (?:days?|weeks?|months?)|soon|tomorrow|this (?:week|month|coming)|need(?:s)? (?:a |an |to have )?(?:surgery|operation)|due for|waiting for)\b/;
