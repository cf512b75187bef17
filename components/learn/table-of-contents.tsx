import { learnSections } from "./sections";

export function TableOfContents() {
  return (
    <nav
      aria-label="On this page"
      className="bg-brand-50 rounded-lg border border-slate-200 p-5 text-slate-800"
    >
      <h2 className="text-lg font-semibold text-slate-900">On this page</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {learnSections.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              className="text-brand-700 hover:text-brand-800 inline-block py-1 underline underline-offset-2"
            >
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
