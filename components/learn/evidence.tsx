import { LearnSection } from "./learn-section";

export function Evidence() {
  return (
    <LearnSection id="evidence">
      <p>
        We want to be honest with you. The research on LDN is encouraging, but the published trials
        are small, and few of them have been repeated by other research teams. Larger and longer
        studies are still needed. So no one can promise that LDN will work for a given person.
      </p>
      <p>
        That is why the physician reviews each case individually — your diagnosis, your medicines,
        what you have already tried and what you hope for — and will tell you plainly when LDN does
        not look like a good fit.
      </p>
      <p className="rounded-lg bg-slate-100 p-4 text-slate-800">
        This page is education, not medical advice. Please talk with a doctor before you start, stop
        or change any medicine.
      </p>
    </LearnSection>
  );
}
