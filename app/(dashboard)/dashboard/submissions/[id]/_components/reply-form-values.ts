import type { LikelihoodKey } from "@/components/reply/likelihood";
import type { TemplateKey } from "@/lib/validations/staff";

/** The composer's fields: the shape of replyInputSchema, with likelihood still possibly unset. */
export type ReplyFormValues = {
  likelihood: LikelihoodKey | null;
  benefits: string;
  timeline: string;
  considerations: string;
  message: string;
  templateKey: TemplateKey | null;
};

export type TemplateOption = {
  key: string;
  title: string;
  likelihood: LikelihoodKey;
  benefits: string;
  timeline: string;
  considerations: string;
  message: string;
};

export const emptyReply: ReplyFormValues = {
  likelihood: null,
  benefits: "",
  timeline: "",
  considerations: "",
  message: "",
  templateKey: null,
};
