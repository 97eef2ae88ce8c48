import "server-only";
import { z } from "zod";

export const ZListOutboxQuery = z.object({
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type TListOutboxQuery = z.input<typeof ZListOutboxQuery>;

/** A message kept in the outbox because no SMTP server is configured. */
export const ZOutboxMessageOut = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: z.iso.datetime(),
});
export type TOutboxMessageOut = z.infer<typeof ZOutboxMessageOut>;

export const ZOutboxPage = z.object({ items: z.array(ZOutboxMessageOut), nextCursor: z.uuid().nullable() });
export type TOutboxPage = z.infer<typeof ZOutboxPage>;
