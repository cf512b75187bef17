import type { FlagCode } from "@/lib/triage/flags";
import { FlagBadge } from "./badges";

/** The computed flags with the one-line reason for each, most urgent first (as triage sorted them). */
export function FlagList({ flags }: { flags: { code: FlagCode; reason: string }[] }) {
  if (flags.length === 0) {
    return (
      <p className="text-slate-800">
        No flags: no safety rule matched the answers or the patient&apos;s words. The screening
        cannot know what the patient left out; read the answers before replying.
      </p>
    );
  }
  return (
    <ul className="space-y-3">
      {flags.map((flag) => (
        <li key={flag.code} className="space-y-1">
          <FlagBadge code={flag.code} />
          <p className="text-slate-900">{flag.reason}</p>
        </li>
      ))}
    </ul>
  );
}
