import type { Metadata } from "next";
import { practice } from "@/lib/config";

export const metadata: Metadata = {
  title: "Privacy notice",
  description: `How ${practice.name} collects, uses and protects the health information you share in the mini-assessment.`,
};

const sections = [
  {
    title: "What we collect",
    text: "Your name, contact details, date of birth and state, and your answers about your health, medicines and goals. We collect only what the physician needs to review your case.",
  },
  {
    title: "Why we use it",
    text: `${practice.physician.name} uses your answers to decide whether a telemedicine consultation about low-dose naltrexone is worthwhile, and to write you a personal reply. We use your email to tell you that the reply is ready. We never sell your information or use it for advertising.`,
  },
  {
    title: "Who can see it",
    text: "Only the practice's clinical staff, after signing in. Every time staff open a submission, the access is recorded. Emails we send hold a link, never your medical information.",
  },
  {
    title: "Your answers on this device",
    text: "While you fill in the assessment, your answers are saved in this browser so you do not lose them. Use “Clear my answers” to erase them, for example on a shared computer. They are erased automatically after you submit.",
  },
  {
    title: "How we protect it",
    text: "Information travels encrypted, is stored in a protected database, and is kept as long as medical records must be kept under Texas law.",
  },
  {
    title: "Your rights",
    text: `You can ask to see or correct your information, or ask questions about this notice, by writing to ${practice.contact.email} or calling ${practice.contact.phone}.`,
  },
];

export default function PrivacyPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Privacy notice</h1>
      <p className="mt-4 text-lg text-slate-700">
        {practice.name} treats what you share as protected health information.
      </p>
      {sections.map((section) => (
        <section key={section.title} className="mt-8">
          <h2 className="text-xl font-semibold text-slate-900">{section.title}</h2>
          <p className="mt-2 leading-relaxed text-slate-700">{section.text}</p>
        </section>
      ))}
    </div>
  );
}
