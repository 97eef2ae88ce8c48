/** What an attachment is; shared by the upload schema and the browser's kind picker. */
export const ATTACHMENT_KINDS = ["PHOTO", "RECEIPT", "MANUAL", "WARRANTY", "OTHER"] as const;
export type TAttachmentKindName = (typeof ATTACHMENT_KINDS)[number];
