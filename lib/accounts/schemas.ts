import { z } from "zod";
import { ZHouseholdLocale } from "@/lib/households/settings-schemas";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address" }).max(254));

export const ZPassword = z
  .string()
  .min(10, { message: "Use at least 10 characters" })
  .max(200, { message: "Use at most 200 characters" });

export const ZSignUp = z.object({
  name: z.string().trim().min(1, { message: "Enter your name" }).max(100),
  email: ZEmail,
  password: ZPassword,
  householdName: z.string().trim().min(1).max(100).optional(),
  /** The browser's zone, hemisphere and currency; the household defaults to UTC/NORTH/USD without them. */
  householdLocale: ZHouseholdLocale.optional(),
});
export type TSignUp = z.infer<typeof ZSignUp>;

export const ZSignIn = z.object({ email: ZEmail, password: z.string().min(1).max(200) });
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZChangePassword = z.object({
  currentPassword: z.string().min(1, { message: "Enter your current password" }),
  newPassword: ZPassword,
});
export type TChangePassword = z.infer<typeof ZChangePassword>;

const ZRole = z.enum(["OWNER", "ADMIN", "MEMBER", "VIEWER"]);

export const ZSignUpOut = z.object({ userId: z.uuid(), householdId: z.uuid() });

export const ZAccountOut = z.object({
  user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  activeHousehold: z.object({ id: z.uuid(), name: z.string(), role: ZRole, currency: z.string(), timeZone: z.string() }),
  households: z.array(z.object({ id: z.uuid(), name: z.string(), role: ZRole })),
});

export const ZChangePasswordOut = z.object({ revokedSessions: z.number().int() });
