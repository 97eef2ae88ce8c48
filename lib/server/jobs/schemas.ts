import "server-only";
import { z } from "zod";
import { zText } from "@/lib/server/validation/input";

export const ZListDeadJobsQuery = z.object({
  cursor: zText().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TListDeadJobsQuery = z.infer<typeof ZListDeadJobsQuery>;

/** A job as admins see it. The payload is left out: it may carry recipients' addresses or webhook URLs. */
export const ZJobOut = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: z.enum(["PENDING", "RUNNING", "SUCCEEDED", "DEAD"]),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  lastError: z.string().nullable(),
  runAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export type TJobOut = z.infer<typeof ZJobOut>;

export const ZJobPage = z.object({ items: z.array(ZJobOut), nextCursor: z.string().nullable() });
export type TJobPage = z.infer<typeof ZJobPage>;
