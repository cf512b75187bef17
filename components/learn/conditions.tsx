import { BulletList, LearnSection } from "./learn-section";

const conditions = [
  "Fibromyalgia",
  "Multiple sclerosis (MS)",
  "Crohn’s disease and other inflammatory bowel disease",
  "Complex regional pain syndrome (CRPS)",
  "Hashimoto’s thyroiditis and other autoimmune conditions",
  "Chronic pain where inflammation in the nervous system seems to play a part",
  "Long COVID and ME/CFS (myalgic encephalomyelitis / chronic fatigue syndrome)",
];

export function Conditions() {
  return (
    <LearnSection id="conditions">
      <p>
        Doctors prescribe LDN <strong>off-label</strong> for a number of long-term conditions.
        Off-label means the medicine is approved by the FDA, but not for this particular use. It is
        legal and common, and it means your doctor has to weigh the evidence for you personally.
      </p>
      <p>LDN is most often used for:</p>
      <BulletList>
        {conditions.map((condition) => (
          <li key={condition}>{condition}</li>
        ))}
      </BulletList>
      <p>
        Having one of these conditions does not mean LDN will help you, and the research is stronger
        for some conditions than for others. That is why the physician looks at your own history
        before giving an opinion.
      </p>
    </LearnSection>
  );
}
