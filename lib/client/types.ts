/** Response shapes of the REST API that the UI reads, taken from the modules that produce them. */
import type { Role } from "@/lib/server/db/generated/enums";
import type { AccountOverview } from "@/lib/accounts/get-account";
import type { HouseholdMember } from "@/lib/households/list-members";
import type { TAttachmentKind } from "@/lib/attachments/schemas";

export type { Role };
export type TAccount = AccountOverview;
export type TMember = HouseholdMember;
export type { TApiTokenOut as TApiToken } from "@/lib/api-tokens/schemas";
export type { TAttachmentKind, TAttachmentOut as TAttachment, TAttachmentList } from "@/lib/attachments/schemas";
export type { TDashboard } from "@/lib/assets/get-dashboard";

export interface TCreatedApiToken {
  id: string;
  name: string;
  prefix: string;
  /** The secret: shown once, never again. */
  token: string;
}

/**
 * Restated rather than imported: lib/attachments/schemas evaluates `z.instanceof(Buffer)`,
 * which browsers lack. The Record type makes the compiler check that no kind is missing.
 */
const KINDS: Record<TAttachmentKind, true> = { PHOTO: true, RECEIPT: true, MANUAL: true, WARRANTY: true, OTHER: true };
export const ATTACHMENT_KINDS = Object.keys(KINDS) as TAttachmentKind[];
