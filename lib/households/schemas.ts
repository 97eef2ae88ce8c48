import { z } from "zod";

export const ZCreateHousehold = z.object({
  name: z.string().trim().min(1, { message: "Give the household a name" }).max(100),
});
export type TCreateHousehold = z.infer<typeof ZCreateHousehold>;

export const ZSwitchHousehold = z.object({ householdId: z.uuid() });
export type TSwitchHousehold = z.infer<typeof ZSwitchHousehold>;
