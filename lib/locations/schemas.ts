import "server-only";
import { z } from "zod";
import { zText } from "@/lib/server/validation/input";

export const ZCreateLocation = z.object({
  name: zText().trim().min(1, { message: "Give the location a name" }).max(100),
  parentId: z.uuid().nullish(),
});
export type TCreateLocation = z.input<typeof ZCreateLocation>;

export const ZUpdateLocation = ZCreateLocation.partial();
export type TUpdateLocation = z.input<typeof ZUpdateLocation>;

export const ZLocationOut = z.object({
  id: z.uuid(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  /** "House > Garage > Shelf 2" */
  path: z.string(),
  assetCount: z.number().int(),
});
export type TLocationOut = z.infer<typeof ZLocationOut>;

/** DELETE /api/locations/{id}?force=true moves sub-locations up and unassigns assets instead of refusing. */
export const ZDeleteLocationQuery = z.object({
  force: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});
export type TDeleteLocationQuery = z.input<typeof ZDeleteLocationQuery>;
