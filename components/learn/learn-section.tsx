import { type LearnSectionId, sectionTitle } from "./sections";

/** One titled section of /learn; its id is the anchor the table of contents links to. */
export function LearnSection({ id, children }: { id: LearnSectionId; children: React.ReactNode }) {
  return (
    <section id={id} className="scroll-mt-6 border-t border-slate-200 pt-10">
      <h2 className="text-2xl font-semibold text-slate-900">{sectionTitle(id)}</h2>
      <div className="mt-4 space-y-4 leading-relaxed text-slate-700">{children}</div>
    </section>
  );
}

export function SubHeading({ children }: { children: React.ReactNode }) {
  return <h3 className="pt-2 text-xl font-semibold text-slate-900">{children}</h3>;
}

export function BulletList({ children }: { children: React.ReactNode }) {
  return <ul className="list-disc space-y-2 pl-5">{children}</ul>;
}

export const linkClass = "text-brand-700 underline underline-offset-2 hover:text-brand-800";
