import { z } from "zod";
import { zText } from "@/lib/server/validation/input";
import { ZHouseholdLocale } from "@/lib/households/settings-schemas";

export const ZEmail = zText()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address" }).max(254));

export const ZPassword = zText().min(10, { message: "Use at least 10 characters" }).max(200, { message: "Use at most 200 characters" });

export const ZSignUp = z.object({
  name: zText().trim().min(1, { message: "Enter your name" }).max(100),
  email: ZEmail,
  password: ZPassword,
  householdName: zText().trim().min(1).max(100).optional(),
  /** The browser's zone, hemisphere and currency; the household defaults to UTC/NORTH/USD without them. */
  householdLocale: ZHouseholdLocale.optional(),
});
export type TSignUp = z.infer<typeof ZSignUp>;

export const ZSignIn = z.object({ email: ZEmail, password: zText().min(1).max(200) });
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZChangePassword = z.object({
  currentPassword: zText().min(1, { message: "Enter your current password" }).max(200),
  newPassword: ZPassword,
  /** Also revoke every API token of the account (default): a leaked password may have minted them. */
  revokeApiTokens: z.boolean().default(true),
  /** Also end the session making the change (every other session always ends). */
  signOutEverywhere: z.boolean().default(false),
});
export type TChangePassword = z.input<typeof ZChangePassword>;

const ZRole = z.enum(["OWNER", "ADMIN", "MEMBER", "VIEWER"]);

export const ZSignUpOut = z.object({ userId: z.uuid(), householdId: z.uuid() });

export const ZAccountOut = z.object({
  user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  activeHousehold: z.object({ id: z.uuid(), name: z.string(), role: ZRole, currency: z.string(), timeZone: z.string() }),
  households: z.array(z.object({ id: z.uuid(), name: z.string(), role: ZRole })),
});

export const ZChangePasswordOut = z.object({
  revokedSessions: z.number().int(),
  revokedApiTokens: z.number().int(),
  /** True when the caller's own session ended too (sign in again). */
  signedOut: z.boolean(),
});
export type TChangePasswordOut = z.infer<typeof ZChangePasswordOut>;
