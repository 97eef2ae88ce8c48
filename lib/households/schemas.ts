import "server-only";
import { z } from "zod";
import { zText } from "@/lib/server/validation/input";
import { ZHouseholdLocale } from "./settings-schemas";

export const ZCreateHousehold = z.object({
  name: zText().trim().min(1, { message: "Give the household a name" }).max(100),
  locale: ZHouseholdLocale.optional(),
});
export type TCreateHousehold = z.infer<typeof ZCreateHousehold>;

export const ZSwitchHousehold = z.object({ householdId: z.uuid() });
export type TSwitchHousehold = z.infer<typeof ZSwitchHousehold>;

export const ZHouseholdCreatedOut = z.object({ id: z.uuid() });

export const ZMemberOut = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(["OWNER", "ADMIN", "MEMBER", "VIEWER"]),
});
