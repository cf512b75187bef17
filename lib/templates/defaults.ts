import type { Likelihood } from "@/lib/contracts/staff";
import type { TemplateKey } from "@/lib/validations/staff";

// Starting points for the physician's reply, one per condition of the assessment plus a fallback.
// They are seeded once and then belong to the physicians (edited on the templates page). The
// wording is deliberately careful: evidence for LDN comes mostly from small trials and case series,
// so no template says more than "may help", and every one says the consult decides — the reply is
// an opinion on whether a consultation is worthwhile, never a promise of a prescription.

export type DefaultTemplate = {
  key: TemplateKey;
  title: string;
  likelihood: Likelihood;
  benefits: string;
  timeline: string;
  considerations: string;
  message: string;
};

const TIMELINE =
  "LDN is started at a low dose and raised slowly over a few weeks. People who benefit usually notice a " +
  "change within 8–12 weeks; it is worth giving it about three months before judging whether it helps.";

const OPIOIDS =
  "Naltrexone blocks opioid pain medicines (including tramadol and codeine): you cannot take both. Tell any " +
  "surgeon, dentist or emergency team that you take LDN; it is usually paused a few days before planned surgery.";

const SIDE_EFFECTS =
  "The most common early side effects are vivid dreams and trouble sleeping, and sometimes headache or mild " +
  "nausea; they usually settle within a couple of weeks or with a change in the time of the dose.";

const MESSAGE =
  "Thank you for taking the time to tell us about your health. I have read your answers carefully. " +
  "This reply is my opinion on whether a consultation about LDN is worthwhile for you; it is not a " +
  "prescription. If you would like to go ahead, we will go through your history together at the " +
  "consultation and decide then whether LDN is right for you.";

/**
 * The message of a reply that does not offer a visit ("unlikely" or "not a candidate now"): no
 * "go ahead", no booking; it points to the notes that say what would need to change.
 */
export const NOT_NOW_MESSAGE =
  "Thank you for taking the time to tell us about your health. I have read your answers carefully. " +
  "From what you have told us, LDN is not the right step for you at the moment. The notes below explain " +
  "why, and what would need to change before it could be considered. If your situation changes, you are " +
  "welcome to fill in a new assessment, and you can contact us with any questions.";

function template(
  key: TemplateKey,
  title: string,
  benefits: string,
  considerations: string,
  likelihood: DefaultTemplate["likelihood"] = "POSSIBLY",
  timeline: string = TIMELINE,
): DefaultTemplate {
  return {
    key,
    title,
    likelihood,
    benefits,
    timeline,
    considerations: `${considerations}\n\n${OPIOIDS}\n\n${SIDE_EFFECTS}`,
    message: MESSAGE,
  };
}

export const defaultTemplates: DefaultTemplate[] = [
  template(
    "fibromyalgia",
    "Fibromyalgia",
    "Small early studies in fibromyalgia found that some people had less pain and better mood on LDN. " +
      "But the largest trial so far (99 women, 2024) found LDN no better than a placebo for pain. Some people " +
      "with fibromyalgia still feel better on it, so we would treat it as a trial that may help you, not " +
      "a treatment we expect to work.",
    "LDN works best alongside the things that already help you, such as gentle activity and sleep routines; " +
      "please do not stop your current treatments without talking to us.",
  ),
  template(
    "multiple_sclerosis",
    "Multiple sclerosis",
    "Some people with MS report less fatigue and better quality of life on LDN. Trials are small and have not " +
      "shown that LDN changes the course of MS or prevents relapses.",
    "LDN does not replace a disease-modifying therapy: please keep taking the treatment your neurologist " +
      "prescribed. New or worsening symptoms that last more than a day may be a relapse: contact your " +
      "neurologist promptly, as you would without LDN.",
  ),
  template(
    "crohns",
    "Crohn's disease",
    "Small trials in Crohn's disease found that some people had fewer symptoms and less inflammation on LDN. " +
      "It can be an addition to your treatment, not a replacement for it.",
    "Please continue your care with your gastroenterologist and keep taking your prescribed medicines. " +
      "A flare (more pain, bleeding, fever or weight loss) needs their attention whether or not you take LDN.",
  ),
  template(
    "ulcerative_colitis",
    "Ulcerative colitis / inflammatory bowel disease",
    "The evidence for LDN in ulcerative colitis is more limited than in Crohn's disease; some people report " +
      "fewer symptoms. It would be an addition to your current treatment.",
    "Please continue your care with your gastroenterologist and your prescribed medicines. Report a flare " +
      "(bleeding, more frequent stools, fever) to them promptly.",
  ),
  template(
    "crps",
    "Complex regional pain syndrome (CRPS)",
    "Case reports and small series describe less pain and better function in some people with CRPS on LDN. " +
      "The evidence is early, so it would be a careful trial.",
    "Please keep working with your pain specialist. Because LDN blocks opioid pain medicines, we need to plan " +
      "around any opioids you take now or might need.",
  ),
  template(
    "hashimotos",
    "Hashimoto's thyroiditis",
    "Some people with Hashimoto's report more energy and feeling better on LDN. Good trials are lacking, so " +
      "we cannot say how likely this is for you.",
    "LDN can change how much thyroid hormone you need. If you take levothyroxine or another thyroid hormone, " +
      "your thyroid blood tests (TSH) should be checked about 6–8 weeks after starting and after dose changes. " +
      "Palpitations, feeling jittery or trouble sleeping can mean your thyroid dose has become too high.",
  ),
  template(
    "other_autoimmune",
    "Other autoimmune condition",
    "LDN has been tried in several autoimmune conditions, and some people report fewer symptoms and less " +
      "fatigue. The evidence differs between conditions and is mostly from small studies.",
    "Please keep your specialist involved and do not stop any prescribed medicines, including " +
      "immunosuppressants, without talking to them.",
  ),
  template(
    "chronic_pain",
    "Chronic pain (inflammatory or nerve-related)",
    "Some people with long-standing pain that has an inflammatory or nerve component report less pain on LDN. " +
      "The evidence comes from small studies, so it would be a trial to see whether it helps you.",
    "You need to be off all opioid pain medicines before starting LDN. Keep the other treatments that help you.",
  ),
  template(
    "long_covid",
    "Long COVID",
    "Early, small studies suggest LDN may improve fatigue, energy and brain fog for some people with long " +
      "COVID. Larger trials are still running, so the benefit is uncertain.",
    "Pacing your activity remains important; LDN is not a reason to push through crashes. Tell us about any " +
      "new or worsening symptoms such as chest pain or breathlessness, which need to be checked separately.",
  ),
  template(
    "me_cfs",
    "ME/CFS (chronic fatigue syndrome)",
    "Some people with ME/CFS report less fatigue and pain on LDN, mostly in observational reports. The " +
      "evidence is limited.",
    "People with ME/CFS are often sensitive to medicines, so we would start at a particularly low dose and " +
      "raise it slowly. Keep pacing your activity.",
  ),
  template(
    "other",
    "Another condition",
    "LDN has been used for a range of conditions with varying evidence. Whether it could help you depends on " +
      "your diagnosis and history, which we would go through at the consultation.",
    "Please keep taking your current treatments and stay in touch with the doctors who look after your condition.",
  ),
  template(
    "default",
    "General reply",
    "Some people with long-term inflammatory, autoimmune or pain conditions feel better on LDN, but the " +
      "evidence is mostly from small studies and results vary.",
    "Please keep taking your current treatments and stay in touch with the doctors who look after your condition.",
  ),
];
