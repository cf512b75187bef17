import { BulletList, LearnSection, SubHeading } from "./learn-section";

export function Safety() {
  return (
    <LearnSection id="safety">
      <SubHeading>Is LDN approved?</SubHeading>
      <p>
        Naltrexone itself is approved by the FDA, for opioid and alcohol dependence. Using it at a
        low dose for the conditions on this page is off-label. LDN is made up for you by a{" "}
        <strong>compounding pharmacy</strong> — a pharmacy that prepares capsules or liquids in the
        exact strength your doctor prescribes.
      </p>
      <p>
        Naltrexone has been in clinical use for decades. LDN costs little, and most people tolerate
        it well.
      </p>

      <SubHeading>Common side effects</SubHeading>
      <p>
        Side effects are usually mild and tend to show up in the first weeks. The most common are:
      </p>
      <BulletList>
        <li>vivid dreams or trouble sleeping</li>
        <li>headache</li>
        <li>nausea (feeling sick to your stomach)</li>
      </BulletList>
      <p>
        If a side effect bothers you, tell your doctor. Changing the dose or the time of day you
        take it often helps.
      </p>

      <SubHeading>When LDN is not safe, or needs extra care</SubHeading>
      <div className="rounded-lg border-l-4 border-red-700 bg-red-50 p-4 text-slate-900">
        <p>
          <strong>Never take LDN with opioid medicines</strong> — for example tramadol, codeine,
          hydrocodone, oxycodone, morphine, fentanyl, methadone or buprenorphine. LDN blocks them,
          so they stop working, and it can set off sudden opioid withdrawal. If you might need
          opioid pain relief, such as after planned surgery, tell your doctor well ahead of time.
        </p>
      </div>
      <p>Also tell your doctor before starting LDN if any of these apply to you:</p>
      <BulletList>
        <li>
          <strong>You take thyroid medication.</strong> LDN can change how much thyroid hormone you
          need, so your dose may need checking.
        </li>
        <li>
          <strong>You are pregnant, breastfeeding</strong> or planning a pregnancy.
        </li>
        <li>
          <strong>You have liver disease.</strong>
        </li>
        <li>
          <strong>You have had an organ transplant</strong> or take drugs that suppress the immune
          system (immunosuppressants).
        </li>
      </BulletList>
    </LearnSection>
  );
}
