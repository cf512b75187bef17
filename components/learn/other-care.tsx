import { BulletList, LearnSection } from "./learn-section";

export function OtherCare() {
  return (
    <LearnSection id="other-care">
      <p>
        LDN is an <strong>add-on</strong> treatment (doctors say “adjunct”). It usually works
        alongside the care you already have, not in place of it. Please do not stop or change any
        medicine without talking to the doctor who prescribed it.
      </p>
      <p>Everyday habits matter too, and they can help LDN do its part:</p>
      <BulletList>
        <li>
          <strong>Sleep:</strong> a steady bedtime and enough rest give the body time to repair.
        </li>
        <li>
          <strong>Stress:</strong> long-lasting stress can keep inflammation going; gentle ways to
          unwind really do count.
        </li>
        <li>
          <strong>Diet and gut health:</strong> regular, varied meals support the gut, which is
          closely tied to the immune system.
        </li>
        <li>
          <strong>Activity:</strong> movement at a pace your body can handle, built up slowly — and
          kept within your limits if effort tends to make you crash.
        </li>
      </BulletList>
    </LearnSection>
  );
}
