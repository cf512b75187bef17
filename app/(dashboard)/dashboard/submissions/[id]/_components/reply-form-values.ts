import type { UseFormReturn } from "react-hook-form";
import * as z from "zod";
import type { TemplateDto } from "@/lib/contracts/staff";
import { replyCompleteSchema, type ReplyValues, type TemplateKey } from "@/lib/validations/staff";

/** The composer's fields: the shape of replyInputSchema, with likelihood still possibly unset. */
export type ReplyFormValues = Omit<ReplyValues, "templateKey"> & {
  templateKey: TemplateKey | null;
};

/** What "Send reply" checks: the fields as they are (likelihood may be unset), held to
 *  replyCompleteSchema. The identity preprocess lets a value that may fail enter the pipe. */
export const sendSchema = z
  .custom<ReplyFormValues>()
  .pipe(z.preprocess((v) => v, replyCompleteSchema));
export type ReplyForm = UseFormReturn<ReplyFormValues, unknown, z.output<typeof sendSchema>>;

export type TemplateOption = Omit<TemplateDto, "updatedAt">;

export const emptyReply: ReplyFormValues = {
  likelihood: null,
  benefits: "",
  timeline: "",
  considerations: "",
  message: "",
  templateKey: null,
};
