// The /learn page's sections, in reading order. The table of contents and the section headings
// both read from this list, so an anchor can never point at a heading that was renamed or removed.
export const learnSections = [
  { id: "what-is-ldn", title: "What LDN is" },
  { id: "how-it-works", title: "How LDN may work" },
  { id: "conditions", title: "Conditions LDN is used for" },
  { id: "what-to-expect", title: "What to expect, and when" },
  { id: "other-care", title: "How LDN fits with your other care" },
  { id: "safety", title: "Approval, side effects and safety" },
  { id: "evidence", title: "How strong is the evidence?" },
  { id: "faq", title: "Common questions" },
  { id: "references", title: "References" },
] as const;

export type LearnSectionId = (typeof learnSections)[number]["id"];

export function sectionTitle(id: LearnSectionId): string {
  return learnSections.find((section) => section.id === id)?.title ?? id;
}
