import { LearnSection, linkClass } from "./learn-section";

const references: { citation: string; doi?: string }[] = [
  {
    citation:
      "Younger J, Parkitny L, McLain D. The use of low-dose naltrexone (LDN) as a novel anti-inflammatory treatment for chronic pain. Clin Rheumatol. 2014;33(4):451–459.",
    doi: "10.1007/s10067-014-2517-2",
  },
  {
    citation:
      "Toljan K, Vrooman B. Low-Dose Naltrexone (LDN)—Review of Therapeutic Utilization. Med Sci (Basel). 2018;6(4):82.",
    doi: "10.3390/medsci6040082",
  },
  {
    citation:
      "Patten DK, Schultz BG, Berlau DJ. The safety and efficacy of low-dose naltrexone in the management of chronic pain and inflammation in multiple sclerosis, fibromyalgia, Crohn’s disease, and other chronic pain disorders. Pharmacotherapy. 2018;38(3):382–389.",
    doi: "10.1002/phar.2086",
  },
  {
    citation:
      "Younger J, Mackey S. Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study. Pain Med. 2009;10(4):663–672.",
  },
  {
    citation:
      "Smith JP, et al. Therapy with the opioid antagonist naltrexone promotes mucosal healing in active Crohn’s disease: a randomized placebo-controlled trial. Dig Dis Sci. 2011;56(7):2088–2097.",
  },
  {
    citation:
      "Bruun KD, Christensen R, Amris K, et al. Naltrexone 6 mg once daily versus placebo in women with fibromyalgia: a randomised, double-blind, placebo-controlled trial. Lancet Rheumatol. 2024;6(1):e31–e39.",
    doi: "10.1016/S2665-9913(23)00278-3",
  },
];

export function References() {
  return (
    <LearnSection id="references">
      <ol className="list-decimal space-y-3 pl-6 [overflow-wrap:anywhere] text-slate-700">
        {references.map((reference) => (
          <li key={reference.citation}>
            {reference.citation}
            {reference.doi ? (
              <>
                {" "}
                <a href={`https://doi.org/${reference.doi}`} className={linkClass}>
                  doi:{reference.doi}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </LearnSection>
  );
}
