import * as z from "zod";
import { aboutSchema, dateOfBirthSchema } from "@/lib/validations/assessment/about";

// Inputs of the patient's reply page: the date-of-birth check and "send me a new link". The rules
// are the assessment's own, so a date or email the intake accepted is accepted here the same way.

export const dobCheckSchema = z.object({
  dateOfBirth: z.string({ error: "Enter your date of birth" }).trim().pipe(dateOfBirthSchema),
});

export const newLinkSchema = z.object({
  email: aboutSchema.shape.email,
  dateOfBirth: z.string({ error: "Enter your date of birth" }).trim().pipe(dateOfBirthSchema),
});

export type DobCheck = z.infer<typeof dobCheckSchema>;
export type NewLinkRequest = z.infer<typeof newLinkSchema>;
