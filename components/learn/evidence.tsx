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
        Fibromyalgia shows why this matters. Small early studies found that some women with
        fibromyalgia had less pain on LDN (Younger &amp; Mackey, 2009). But the largest randomised
        trial so far — 99 women in Denmark, taking 6 mg of naltrexone or a placebo each day for 12
        weeks — found that LDN relieved pain <strong>no better than the placebo</strong>: pain fell
        by 1.3 points on a 0–10 scale with LDN and by 0.9 points with the placebo, a difference too
        small to rule out chance (Bruun and colleagues, 2024). Some people with fibromyalgia still
        feel better on LDN, but we cannot promise that it will help.
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
