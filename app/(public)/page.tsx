import type { Metadata } from "next";
import { IntentLink } from "@/components/site/intent-link";
import { licensedStatesLabel, practice } from "@/lib/config";

export const metadata: Metadata = {
  title: { absolute: `${practice.name} — Low-dose naltrexone (LDN) by telemedicine` },
  description: `${practice.name} helps adults in ${licensedStatesLabel()} find out whether low-dose naltrexone (LDN) may suit them: a free mini-assessment, reviewed personally by ${practice.physician.name}.`,
};

const days = practice.responseTimeBusinessDays;
const replyTime = `${days} business day${days === 1 ? "" : "s"}`;
const where =
  practice.licensedStates.length === 1
    ? licensedStatesLabel()
    : `one of these states: ${licensedStatesLabel()}`;

const steps = [
  {
    title: "Take the free mini-assessment",
    text: "Answer short questions about your diagnosis, symptoms, medicines and goals. It takes about 10 minutes and costs nothing.",
  },
  {
    title: "The physician reviews it and replies",
    text: `${practice.physician.name} reads every answer personally and writes back within ${replyTime}. We email you a secure link to read the reply.`,
  },
  {
    title: "Book a telemedicine visit, if it makes sense",
    text: "If a consultation looks worthwhile, you can book a video visit. That visit is where you and the physician decide together whether LDN is right for you.",
  },
];

const ctaClass =
  "inline-flex min-h-12 items-center justify-center rounded-md bg-brand-700 px-6 py-3 text-lg font-semibold text-white underline-offset-4 shadow-sm hover:bg-brand-800 hover:underline";
const linkClass = "text-brand-700 underline underline-offset-2 hover:text-brand-800";

export default function HomePage() {
  return (
    <div className="mx-auto max-w-5xl px-4">
      <section className="py-12 sm:py-16">
        <p className="text-brand-700 font-semibold">Low-dose naltrexone (LDN) by telemedicine</p>
        <h1 className="mt-2 max-w-3xl text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          Find out whether LDN may help you — from a physician who reads your story
        </h1>
        <p className="mt-4 max-w-2xl text-lg leading-relaxed text-slate-700">
          {practice.name} offers careful, personal advice about low-dose naltrexone for people
          living with long-term conditions such as fibromyalgia, autoimmune disease and chronic
          pain. Start with a free mini-assessment; {practice.physician.name} will tell you honestly
          whether a consultation is worth your time.
        </p>
        <div className="mt-8 flex flex-wrap items-center gap-x-6 gap-y-4">
          <IntentLink href="/assessment" className={ctaClass}>
            Take the free mini-assessment
          </IntentLink>
          <IntentLink href="/learn" className={`${linkClass} inline-flex min-h-11 items-center`}>
            First, learn how LDN works
          </IntentLink>
        </div>
      </section>

      <div className="grid gap-10 border-t border-slate-200 py-12 md:grid-cols-2">
        <section>
          <h2 className="text-2xl font-semibold text-slate-900">What we offer</h2>
          <ul className="mt-4 list-disc space-y-2 pl-5 leading-relaxed text-slate-700">
            <li>
              Clear, honest education about LDN, including what the research does and does not show.
            </li>
            <li>A free mini-assessment that a physician reviews personally — not an algorithm.</li>
            <li>
              A written opinion on whether a consultation is worthwhile for you, what benefits might
              be realistic and how long they could take.
            </li>
            <li>
              Telemedicine visits with {practice.physician.name} (
              {practice.physician.credentials.toLowerCase()}) when a consult makes sense.
            </li>
          </ul>
        </section>
        <section>
          <h2 className="text-2xl font-semibold text-slate-900">Who it is for</h2>
          <ul className="mt-4 list-disc space-y-2 pl-5 leading-relaxed text-slate-700">
            <li>Adults, 18 or older.</li>
            <li>
              People who live in {where}, and will be there at the time of the video visit. The
              physician is licensed to practise only there.
            </li>
            <li>
              People with a long-term condition who want to know whether LDN could be part of their
              care, alongside the treatment they already have.
            </li>
          </ul>
          <p className="mt-4 leading-relaxed text-slate-700">
            If you take opioid pain medicine, LDN cannot be used at the same time — please mention
            it in the assessment so the physician can advise you.
          </p>
        </section>
      </div>

      <section className="border-t border-slate-200 py-12">
        <h2 className="text-2xl font-semibold text-slate-900">How it works</h2>
        <ol className="mt-6 grid gap-6 md:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title} className="bg-brand-50 rounded-lg border border-slate-200 p-5">
              <p className="text-brand-800 text-sm font-semibold">Step {index + 1}</p>
              <h3 className="mt-1 text-lg font-semibold text-slate-900">{step.title}</h3>
              <p className="mt-2 leading-relaxed text-slate-700">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>

      <section className="border-t border-slate-200 py-12">
        <h2 className="text-2xl font-semibold text-slate-900">
          What the reply is — and what it is not
        </h2>
        <div className="mt-4 max-w-3xl space-y-4 leading-relaxed text-slate-700">
          <p>
            A questionnaire on its own does not make you a patient of the practice, and it cannot
            lead to a prescription. Telemedicine rules require a real consultation before any
            medicine is prescribed.
          </p>
          <p>
            The physician’s reply is an opinion on whether a consultation is likely to be worthwhile
            for you. It is not a diagnosis and it is not a promise of treatment. If you do book a
            visit, the physician will decide with you whether LDN is appropriate — and sometimes the
            honest answer is that it is not.
          </p>
          <p>
            The assessment is not for emergencies. If you are in danger, call 911. If you are in a
            mental-health crisis, call or text 988.
          </p>
        </div>
      </section>

      <section className="bg-brand-700 mb-4 rounded-lg px-6 py-10 text-white">
        <h2 className="text-2xl font-semibold">Ready when you are</h2>
        <p className="mt-2 max-w-2xl leading-relaxed">
          The mini-assessment is free and takes about 10 minutes. Your answers are saved on your
          device as you go, and you will hear back within {replyTime}.
        </p>
        <IntentLink
          href="/assessment"
          className="text-brand-800 mt-6 inline-flex min-h-12 items-center rounded-md bg-white px-6 py-3 font-semibold underline-offset-4 hover:underline"
        >
          Start the mini-assessment
        </IntentLink>
      </section>
    </div>
  );
}
