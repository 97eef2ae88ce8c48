import { listAttachments } from "@/lib/attachments/list-attachments";
import { readUploadForm } from "@/lib/attachments/read-upload-form";
import { uploadAttachments } from "@/lib/attachments/upload-attachments";
import { apiRoute, json } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("asset:read", async ({ params, auth }) => json(await listAttachments(auth, params.id)));

/** multipart/form-data: `file` (one or more) and optional `kind`. */
export const POST = apiRoute<{ id: string }>("attachment:write", async ({ request, params, auth }) =>
  json(await uploadAttachments(auth, params.id, await readUploadForm(request)), { status: 201 }),
);
