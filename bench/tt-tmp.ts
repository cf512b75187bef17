import { performance } from "node:perf_hooks";
import { screenText } from "../lib/triage/screen";
const SENT =
  "I take Norco 5/325 twice a day and Synthroid 75 mcg every morning. My mother has cirrhosis and my brother had a kidney transplant. Stopped tramadol in 2019, never took methadone, no opioids now. Widespread pain, poor sleep, brain fog and fatigue most days of the week. Tried physical therapy, gabapentin, duloxetine and acupuncture without much change. ";
const text = SENT.repeat(6).slice(0, 2000);
const f = {
  path: "medications.currentMedications",
  field: "Current medications",
  context: "medications" as const,
  text,
};
for (let i = 0; i < 300; i++) screenText(f);
const t = performance.now();
for (let i = 0; i < 2000; i++) screenText(f);
console.log("per 2000-char field ms", (performance.now() - t) / 2000);
