// How the physician's likelihood choice reads to staff and to the patient. The patient wording is an
// opinion about whether a consultation is worthwhile, never a promise of a prescription (Texas
// telemedicine rules: a questionnaire alone does not establish care). Only a favourable opinion
// offers a visit: "not a candidate now" never sits beside "book a video visit".

import { Likelihood } from "@/lib/contracts/staff";

type Wording = { label: string; patient: string; explanation: string; offersVisit: boolean };

export const likelihoods: Record<Likelihood, Wording> = {
  LIKELY: {
    label: "Likely",
    patient: "LDN is likely to help",
    explanation:
      "From your answers, LDN looks like a good fit to discuss. A video consultation is the next step to decide together.",
    offersVisit: true,
  },
  POSSIBLY: {
    label: "Possibly",
    patient: "LDN may help",
    explanation:
      "LDN could help, but a few points need a closer look in a video consultation before deciding.",
    offersVisit: true,
  },
  UNLIKELY: {
    label: "Unlikely",
    patient: "LDN is unlikely to help",
    explanation:
      "From your answers, LDN is not likely to be the right treatment. The notes below explain why and what else may help.",
    offersVisit: false,
  },
  NOT_NOW: {
    label: "Not a candidate now",
    patient: "LDN is not suitable right now",
    explanation:
      "Something in your situation makes LDN unsafe or unsuitable at the moment. The notes below explain what would need to change.",
    offersVisit: false,
  },
};

export const likelihoodKeys = Object.values(Likelihood);
