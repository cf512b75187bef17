import * as z from "zod";
import "@/lib/validations/zod-setup";
import { Role } from "@/lib/contracts/staff";
import { isSafeText } from "@/lib/validations/text-safety";

// Inputs of the account forms, shared by the client forms and the server (one schema per input).

export const staffUserSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, { error: "Use at most 254 characters." })
    .pipe(z.email({ error: "Enter a valid email address." })),
  name: z
    .string()
    .trim()
    .min(1, { error: "Enter the person's name." })
    .max(200, { error: "Use at most 200 characters." })
    .refine(isSafeText, { error: "The name contains characters we cannot accept." }),
  role: z.enum(Role, { error: "Choose ADMIN or PHYSICIAN." }),
});
export type StaffUserInput = z.infer<typeof staffUserSchema>;

export const totpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: "Enter the 6-digit code from your authenticator app." }),
});
