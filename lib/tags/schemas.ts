import "server-only";
import { z } from "zod";
import { zText } from "@/lib/server/validation/input";

export const ZTagColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: "Use a colour like #22c55e" });

export const ZCreateTag = z.object({
  name: zText().trim().min(1, { message: "Give the tag a name" }).max(50),
  color: ZTagColor.default("#64748b"),
});
export type TCreateTag = z.input<typeof ZCreateTag>;

export const ZUpdateTag = ZCreateTag.partial();
export type TUpdateTag = z.input<typeof ZUpdateTag>;

export const ZTagWithCount = z.object({ id: z.uuid(), name: z.string(), color: z.string(), assetCount: z.number().int() });
export type TTagWithCount = z.infer<typeof ZTagWithCount>;
