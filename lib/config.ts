// Practice details shown on every page and used by the eligibility rules. Another LDN practice can
// run the same app by editing this one file (or the NEXT_PUBLIC_* variables, read at build time).

function list(value: string | undefined, fallback: string[]): string[] {
  const items = value
    ?.split(",")
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  return items && items.length > 0 ? items : fallback;
}

export const practice = {
  name: process.env.NEXT_PUBLIC_PRACTICE_NAME ?? "Bluebonnet LDN Clinic",
  physician: {
    name: process.env.NEXT_PUBLIC_PHYSICIAN_NAME ?? "Dr. Maya Patel, MD",
    credentials: "Board-certified in internal medicine",
  },
  /** Two-letter codes of the states where the physician is licensed to practise telemedicine. */
  licensedStates: list(process.env.NEXT_PUBLIC_LICENSED_STATES, ["TX"]),
  contact: {
    email: process.env.NEXT_PUBLIC_PRACTICE_EMAIL ?? "care@bluebonnet-ldn.example",
    phone: process.env.NEXT_PUBLIC_PRACTICE_PHONE ?? "(512) 555-0142",
  },
  /**
   * The practice's time zone (IANA name): "today", ages, overdue badges and every time shown to
   * staff use its calendar, whatever zone a server runs in.
   */
  timeZone: process.env.NEXT_PUBLIC_PRACTICE_TIME_ZONE ?? "America/Chicago",
  /** Promise made to patients about when the physician's reply arrives. */
  responseTimeBusinessDays: Number(process.env.NEXT_PUBLIC_RESPONSE_DAYS ?? 3),
  /** Education content review, shown on /learn. */
  contentReview: { date: "2026-11-01", reviewer: "Dr. Maya Patel, MD" },
} as const;

export const stateNames: Record<string, string> = {
  AL: "Alabama",
  AK: "Alaska",
  AZ: "Arizona",
  AR: "Arkansas",
  CA: "California",
  CO: "Colorado",
  CT: "Connecticut",
  DE: "Delaware",
  DC: "District of Columbia",
  FL: "Florida",
  GA: "Georgia",
  HI: "Hawaii",
  ID: "Idaho",
  IL: "Illinois",
  IN: "Indiana",
  IA: "Iowa",
  KS: "Kansas",
  KY: "Kentucky",
  LA: "Louisiana",
  ME: "Maine",
  MD: "Maryland",
  MA: "Massachusetts",
  MI: "Michigan",
  MN: "Minnesota",
  MS: "Mississippi",
  MO: "Missouri",
  MT: "Montana",
  NE: "Nebraska",
  NV: "Nevada",
  NH: "New Hampshire",
  NJ: "New Jersey",
  NM: "New Mexico",
  NY: "New York",
  NC: "North Carolina",
  ND: "North Dakota",
  OH: "Ohio",
  OK: "Oklahoma",
  OR: "Oregon",
  PA: "Pennsylvania",
  RI: "Rhode Island",
  SC: "South Carolina",
  SD: "South Dakota",
  TN: "Tennessee",
  TX: "Texas",
  UT: "Utah",
  VT: "Vermont",
  VA: "Virginia",
  WA: "Washington",
  WV: "West Virginia",
  WI: "Wisconsin",
  WY: "Wyoming",
};

export function licensedStatesLabel(): string {
  return practice.licensedStates.map((code) => stateNames[code] ?? code).join(", ");
}
