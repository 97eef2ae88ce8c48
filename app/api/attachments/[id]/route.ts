import { deleteAttachment } from "@/lib/attachments/delete-attachment";
import { attachmentHeaders } from "@/lib/attachments/download-headers";
import { openAttachmentFile } from "@/lib/attachments/open-attachment-file";
import { apiRoute } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("asset:read", async ({ params, auth }) => {
  const file = await openAttachmentFile(auth, params.id, "original");
  return new Response(file.stream, { headers: attachmentHeaders(file) });
});

export const DELETE = apiRoute<{ id: string }>("attachment:write", async ({ params, auth }) => {
  await deleteAttachment(auth, params.id);
  return new Response(null, { status: 204 });
});
