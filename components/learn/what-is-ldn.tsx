import { LearnSection } from "./learn-section";

const doses = [
  {
    title: "Standard-dose naltrexone",
    points: [
      "50–100 mg a day",
      "Blocks the body’s opioid receptors all day and night",
      "Used to treat opioid and alcohol use disorders",
    ],
  },
  {
    title: "Low-dose naltrexone (LDN)",
    points: [
      "Usually 0.5–4.5 mg a day — less than a tenth of the standard dose",
      "Blocks the receptors only partly, and only for a few hours",
      "Used off-label for long-term pain, inflammation and immune conditions",
    ],
  },
];

export function WhatIsLdn() {
  return (
    <LearnSection id="what-is-ldn">
      <p>
        Naltrexone is a medicine that doctors have prescribed for decades. LDN is not a new drug: it
        is exactly the same molecule, given in a much smaller dose. That small dose changes what the
        medicine does in the body.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {doses.map((dose) => (
          <div key={dose.title} className="rounded-lg border border-slate-200 p-4">
            <h3 className="text-lg font-semibold text-slate-900">{dose.title}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {dose.points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <p>
        LDN is usually taken once a day, often at bedtime. Doctors normally start with a very low
        dose and raise it slowly over several weeks. This gives your body time to adjust and helps
        you find the dose that suits you with the fewest side effects.
      </p>
    </LearnSection>
  );
}
