import { LearnSection } from "./learn-section";

const faqs: { question: string; answer: string }[] = [
  {
    question: "Is LDN the same drug that is used to treat addiction?",
    answer:
      "It is the same molecule, naltrexone, but at roughly a tenth of the dose or less. At that low dose it blocks opioid receptors only briefly, so it acts quite differently in the body.",
  },
  {
    question: "How long until I know whether it helps?",
    answer:
      "Give it time. Many people need 8 to 12 weeks at a steady dose to judge, and some need longer. Progress often comes in waves, so a weekly diary of your symptoms is a good idea.",
  },
  {
    question: "Can I take LDN while I use opioid pain medicine?",
    answer:
      "No. LDN blocks opioids, so they stop working, and taking both can cause opioid withdrawal. Tell the physician about every opioid you take, including tramadol, codeine, kratom and cough syrups that contain opioids.",
  },
  {
    question: "Will LDN replace my other treatments?",
    answer:
      "Usually not. LDN is an add-on that works alongside your current care. Never stop a prescribed medicine without talking to the doctor who prescribed it.",
  },
  {
    question: "Why does LDN come from a compounding pharmacy?",
    answer:
      "Naltrexone is sold as 50 mg tablets. To get a dose of a few milligrams, a compounding pharmacy prepares capsules or a liquid in the exact strength your doctor prescribes.",
  },
  {
    question: "I take thyroid hormone. Does that matter?",
    answer:
      "Yes, tell the physician. LDN can lower the amount of thyroid hormone some people need, especially people with Hashimoto’s. Your thyroid levels may need checking, and a racing heart, shakiness or new trouble sleeping are worth reporting.",
  },
  {
    question: "Does filling in the mini-assessment mean I will get a prescription?",
    answer:
      "No. A questionnaire alone does not make you a patient and cannot justify a prescription. The physician’s reply is an opinion on whether a telemedicine consultation is worthwhile. Any decision about treatment is made together during that visit.",
  },
];

export function Faq() {
  return (
    <LearnSection id="faq">
      <div className="divide-y divide-slate-200 rounded-lg border border-slate-200">
        {faqs.map((faq) => (
          <details key={faq.question} className="px-4">
            <summary className="marker:text-brand-700 cursor-pointer py-3 font-semibold text-slate-900">
              {faq.question}
            </summary>
            <p className="pb-4">{faq.answer}</p>
          </details>
        ))}
      </div>
    </LearnSection>
  );
}
