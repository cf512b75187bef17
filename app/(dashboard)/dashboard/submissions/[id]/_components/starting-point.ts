import { emptyReply, type ReplyFormValues } from "./reply-form-values";

type ReplyLike = {
  likelihood: ReplyFormValues["likelihood"];
  benefits: string;
  timeline: string;
  considerations: string;
  message: string;
  templateKey?: string | null;
  key?: string;
};

/** Composer values from a draft, a sent reply (for a correction) or a template; empty when none. */
export function startingPoint(source: ReplyLike | null | undefined): ReplyFormValues {
  if (!source) return { ...emptyReply };
  // A template carries its key as `key`; a reply records the template it started from.
  const templateKey = (source.templateKey ?? source.key ?? null) as ReplyFormValues["templateKey"];
  return {
    likelihood: source.likelihood,
    benefits: source.benefits,
    timeline: source.timeline,
    considerations: source.considerations,
    message: source.message,
    templateKey,
  };
}
