import "server-only";
import { z } from "zod";
import { zText } from "@/lib/server/validation/input";

export const ZCreateApiToken = z.object({
  name: zText().trim().min(1, { message: "Name the token after the script that uses it" }).max(100),
});
export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;

export const ZApiTokenOut = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  lastUsedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type TApiTokenOut = z.infer<typeof ZApiTokenOut>;
