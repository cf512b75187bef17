import type { Condition } from "@/lib/assessment/options";

// What a patient with each condition typically writes, so the demo's submission pages read like
// real intake forms. Plain, synthetic wording; nothing here comes from a real person.

export type ConditionStory = {
  otherCondition?: string;
  mainSymptoms: string;
  currentMedications: string;
  goals: string;
  previousTreatments: string;
  otherDiagnoses?: string;
};

export const conditionStories: Record<Condition, ConditionStory> = {
  fibromyalgia: {
    mainSymptoms:
      "Widespread aching, tender points in the shoulders and hips, unrefreshing sleep and brain fog.",
    currentMedications: "Duloxetine 30 mg daily; magnesium glycinate at night",
    goals: "Fewer flare days and enough energy to walk the dog every morning.",
    previousTreatments: "Physical therapy, pregabalin (weight gain), amitriptyline (too sedating)",
    otherDiagnoses: "Irritable bowel syndrome",
  },
  multiple_sclerosis: {
    mainSymptoms: "Fatigue by early afternoon, tingling in both feet, heat makes my legs weak.",
    currentMedications: "Ocrelizumab infusions every 6 months; vitamin D 2000 IU",
    goals: "Less fatigue so I can keep working full days.",
    previousTreatments: "Interferon beta (stopped for flu-like side effects), modafinil",
  },
  crohns: {
    mainSymptoms: "Cramping after meals, 4 to 6 loose stools a day during flares, joint aches.",
    currentMedications: "Adalimumab every other week; iron supplement",
    goals: "Longer remission and fewer steroid courses.",
    previousTreatments: "Budesonide, prednisone courses, mesalamine",
    otherDiagnoses: "Iron-deficiency anemia",
  },
  ulcerative_colitis: {
    mainSymptoms: "Urgency and blood in the stool during flares, tiredness, abdominal pain.",
    currentMedications: "Mesalamine 4.8 g daily",
    goals: "Stay in remission without another round of prednisone.",
    previousTreatments: "Mesalamine suppositories, prednisone",
  },
  crps: {
    mainSymptoms:
      "Burning pain and swelling in the right hand since a wrist fracture; the skin changes colour.",
    currentMedications: "Gabapentin 300 mg three times daily",
    goals: "Use my hand at work again and sleep through the night.",
    previousTreatments: "Graded motor imagery, stellate ganglion block (short relief)",
  },
  hashimotos: {
    mainSymptoms: "Tiredness, joint stiffness, thinning hair; thyroid antibodies still high.",
    currentMedications: "Selenium 200 mcg daily; vitamin D",
    goals: "Lower antibodies and more energy in the afternoons.",
    previousTreatments: "Gluten-free diet for 6 months",
  },
  other_autoimmune: {
    otherCondition: "Sjögren's syndrome",
    mainSymptoms: "Dry eyes and mouth, joint pain in the hands, fatigue that comes in waves.",
    currentMedications: "Hydroxychloroquine 200 mg twice daily; artificial tears",
    goals: "Less joint pain and fewer days lost to fatigue.",
    previousTreatments: "Pilocarpine (sweating), cyclosporine eye drops",
  },
  chronic_pain: {
    mainSymptoms:
      "Lower back pain radiating into the left leg, worse after sitting, for three years.",
    currentMedications: "Meloxicam 15 mg daily; topical lidocaine",
    goals: "Sit through a workday and return to swimming.",
    previousTreatments: "Physical therapy, epidural steroid injection, acupuncture",
  },
  long_covid: {
    mainSymptoms:
      "Exhaustion after small efforts, racing heart on standing, trouble finding words.",
    currentMedications: "Low-dose propranolol; electrolyte drinks",
    goals: "Get back to part-time work without crashing afterwards.",
    previousTreatments: "Pacing program, compression stockings",
  },
  me_cfs: {
    mainSymptoms:
      "Post-exertional malaise lasting days, unrefreshing sleep, sensitivity to light and noise.",
    currentMedications: "Melatonin 3 mg; vitamin B12",
    goals: "Fewer crashes and one good outing a week.",
    previousTreatments: "Graded exercise (made it worse), low-dose aripiprazole trial",
  },
  other: {
    otherCondition: "Interstitial cystitis",
    mainSymptoms: "Bladder pain and frequency, worse with stress, pelvic muscle tension.",
    currentMedications: "Pentosan polysulfate; hydroxyzine at night",
    goals: "Less pain and fewer night-time trips to the bathroom.",
    previousTreatments: "Pelvic floor physical therapy, bladder instillations",
  },
};
