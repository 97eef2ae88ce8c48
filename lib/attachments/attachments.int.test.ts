import { readdir, rm, stat } from "node:fs/promises";
import { resolve } from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";
import { GET as listRoute, POST as uploadRoute } from "@/app/api/assets/[id]/attachments/route";
import { DELETE as deleteRoute, GET as downloadRoute } from "@/app/api/attachments/[id]/route";
import { GET as thumbnailRoute } from "@/app/api/attachments/[id]/thumbnail/route";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, callRoute, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { ATTACHMENT_CSP } from "./download-headers";
import { readUploadForm } from "./read-upload-form";
import { collectAttachmentKeys, deleteStoredFiles, removeFilesOfAssets } from "./remove-asset-files";
import { ZAttachmentList, type TAttachmentOut } from "./schemas";

// serverEnv() caches its first read; this runs before any import can call it.
vi.hoisted(() => {
  process.env.MAX_UPLOAD_MB = "1";
});

const MB = 1024 * 1024;
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1",
);
const png = sharp({ create: { width: 600, height: 300, channels: 3, background: { r: 200, g: 40, b: 40 } } })
  .png()
  .toBuffer();

const uploadsDir = () => resolve(process.env.DATA_DIR ?? "", "uploads");
const householdsToClean = new Set<string>();

afterAll(async () => {
  // Only this file's households: DATA_DIR may be a developer's real data directory.
  await Promise.all([...householdsToClean].map((id) => rm(resolve(uploadsDir(), id), { recursive: true, force: true })));
});

async function household(): Promise<TestMember> {
  const owner = await createHouseholdOwner();
  householdsToClean.add(owner.auth.householdId);
  return owner;
}

async function createAsset(member: TestMember, extra: { visibility?: "HOUSEHOLD" | "PRIVATE" } = {}) {
  return db().asset.create({ data: { householdId: member.auth.householdId, ownerId: member.auth.userId, name: "Dishwasher", ...extra } });
}

function form(files: File[], kind?: string): FormData {
  const body = new FormData();
  for (const file of files) body.append("file", file);
  if (kind) body.append("kind", kind);
  return body;
}

const upload = (member: TestMember, assetId: string, body: FormData, headers?: Record<string, string>) =>
  callRoute(uploadRoute, { method: "POST", authorization: member.authorization, params: { id: assetId }, body, headers });

async function uploadOk(member: TestMember, assetId: string, body: FormData): Promise<TAttachmentOut[]> {
  const response = await upload(member, assetId, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return ZAttachmentList.parse(response.body).items;
}

async function uploadOne(member: TestMember, assetId: string, file: File, kind?: string): Promise<TAttachmentOut> {
  const items = await uploadOk(member, assetId, form([file], kind));
  expect(items).toHaveLength(1);
  return items[0] as TAttachmentOut;
}

/** callRoute reads bodies as text; files need their exact bytes. */
async function fetchBytes(handler: typeof downloadRoute, id: string, member: TestMember) {
  const request = new Request(`http://localhost:3000/api/attachments/${id}`, { headers: { authorization: member.authorization } });
  const response = await handler(request, { params: Promise.resolve({ id }) });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function storedPaths(attachmentId: string): Promise<string[]> {
  const row = await db().attachment.findUniqueOrThrow({ where: { id: attachmentId } });
  return [row.storageKey, row.thumbnailKey].flatMap((key) => (key ? [resolve(uploadsDir(), key)] : []));
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

describe("asset attachments", () => {
  it("stores a photo and a PDF with sniffed types and a WebP thumbnail, and serves the same bytes with safe headers", async () => {
    const owner = await household();
    const asset = await createAsset(owner);
    const photo = await png;
    const items = await uploadOk(
      owner,
      asset.id,
      form([
        // The browser's types are wrong on purpose: only the bytes count.
        new File([photo], "kitchen/dishwasher.png", { type: "application/octet-stream" }),
        new File([PDF], "../receipts/Quittung Gartenhäuschen.pdf", { type: "image/png" }),
      ]),
    );

    expect(items).toEqual([
      expect.objectContaining({
        kind: "PHOTO",
        fileName: "dishwasher.png",
        contentType: "image/png",
        sizeBytes: photo.length,
        hasThumbnail: true,
      }),
      expect.objectContaining({
        kind: "OTHER",
        fileName: "Quittung Gartenhäuschen.pdf",
        contentType: "application/pdf",
        sizeBytes: PDF.length,
        hasThumbnail: false,
        thumbnailUrl: null,
      }),
    ]);
    const [photoOut, pdfOut] = items as [TAttachmentOut, TAttachmentOut];
    expect(photoOut.url).toBe(`/api/attachments/${photoOut.id}`);
    expect(photoOut.thumbnailUrl).toBe(`/api/attachments/${photoOut.id}/thumbnail`);

    const download = await fetchBytes(downloadRoute, photoOut.id, owner);
    expect(download.status).toBe(200);
    expect(download.bytes.equals(photo)).toBe(true);
    expect(Object.fromEntries(download.headers)).toMatchObject({
      "content-type": "image/png",
      "content-length": String(photo.length),
      "x-content-type-options": "nosniff",
      "content-disposition": `inline; filename="dishwasher.png"; filename*=UTF-8''dishwasher.png`,
      "content-security-policy": ATTACHMENT_CSP,
      "cache-control": "private, max-age=3600",
    });

    const pdf = await fetchBytes(downloadRoute, pdfOut.id, owner);
    expect(pdf.bytes.equals(PDF)).toBe(true);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toBe(
      `inline; filename="Quittung Gartenh_uschen.pdf"; filename*=UTF-8''Quittung%20Gartenh%C3%A4uschen.pdf`,
    );

    const thumbnail = await fetchBytes(thumbnailRoute, photoOut.id, owner);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get("content-type")).toBe("image/webp");
    expect(thumbnail.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await sharp(thumbnail.bytes).metadata()).toMatchObject({ format: "webp", width: 400, height: 200 });
    expect((await fetchBytes(thumbnailRoute, pdfOut.id, owner)).status).toBe(404);

    const listed = await callRoute(listRoute, { authorization: owner.authorization, params: { id: asset.id } });
    expect(listed.status).toBe(200);
    expect(ZAttachmentList.parse(listed.body).items).toEqual(items);
  });

  it("takes the kind from the form and offers text as a download", async () => {
    const owner = await household();
    const asset = await createAsset(owner);
    const manual = await uploadOne(owner, asset.id, new File(["Descale monthly.\n"], "care.txt"), "MANUAL");
    expect(manual).toMatchObject({ kind: "MANUAL", contentType: "text/plain; charset=utf-8", hasThumbnail: false });

    const download = await fetchBytes(downloadRoute, manual.id, owner);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename="care.txt"/);

    const badKind = await upload(owner, asset.id, form([new File(["x"], "a.txt")], "INVOICE"));
    expect(badKind.status).toBe(422);
    expect(badKind.body).toMatchObject({ errors: [expect.objectContaining({ path: "kind" })] });
  });

  it("refuses disguised HTML and executables with 415, naming what is allowed, and stores nothing of the batch", async () => {
    const owner = await household();
    const asset = await createAsset(owner);
    const html = new File(["<!doctype html><script>fetch('/api/account')</script>"], "cute-cat.png", { type: "image/png" });
    const elf = new File([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0])], "photo.png", { type: "image/png" });

    for (const files of [[html], [elf], [new File([await png], "ok.png"), html]]) {
      const response = await upload(owner, asset.id, form(files));
      expect(response.status).toBe(415);
      expect(response.body).toMatchObject({
        code: "UNSUPPORTED_MEDIA_TYPE",
        detail: expect.stringContaining("JPEG, PNG, WebP, GIF, HEIC/HEIF images, PDF and plain text"),
      });
    }
    expect(await db().attachment.count({ where: { assetId: asset.id } })).toBe(0);
    expect(await exists(resolve(uploadsDir(), owner.auth.householdId))).toBe(false);

    const notMultipart = await callRoute(uploadRoute, {
      method: "POST",
      authorization: owner.authorization,
      params: { id: asset.id },
      body: { file: "x" },
    });
    expect(notMultipart.status).toBe(415);
  });

  it("refuses uploads over MAX_UPLOAD_MB with 413 naming the limit: by Content-Length, while streaming, and by the real size", async () => {
    const owner = await household();
    const asset = await createAsset(owner);
    const tooLarge = {
      status: 413,
      body: expect.objectContaining({ code: "PAYLOAD_TOO_LARGE", detail: expect.stringContaining("at most 1 MB") }),
    };

    const announced = await upload(owner, asset.id, form([new File(["small"], "a.txt")]), { "content-length": String(5 * MB) });
    expect(announced).toMatchObject(tooLarge);

    const streamed = await upload(owner, asset.id, form([new File([Buffer.alloc(2 * MB, "a")], "big.txt")]));
    expect(streamed).toMatchObject(tooLarge);

    // Over the files' limit but within the multipart framing allowance: caught on the real size.
    const justOver = await upload(
      owner,
      asset.id,
      form([new File([Buffer.alloc(MB - 10, "a")], "a.txt"), new File(["0123456789x"], "b.txt")]),
    );
    expect(justOver).toMatchObject(tooLarge);

    const atLimit = await upload(owner, asset.id, form([new File([Buffer.alloc(MB, "a")], "exactly-1mb.txt")]));
    expect(atLimit.status).toBe(201);
  });

  it("stops reading a body without Content-Length soon after it passes the limit", async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk =
          sent === 0
            ? Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n')
            : Buffer.alloc(64 * 1024, "a");
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://localhost:3000/", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=b" },
      body: endless,
      duplex: "half",
    } as RequestInit);
    await expect(readUploadForm(request)).rejects.toMatchObject({ status: 413 });
    expect(sent).toBeLessThan(2 * MB);
  });

  it("lets a VIEWER list and download but not upload or delete", async () => {
    const owner = await household();
    const viewer = await addHouseholdMember(owner.auth.householdId, "VIEWER");
    const asset = await createAsset(owner);
    const pdf = await uploadOne(owner, asset.id, new File([PDF], "manual.pdf"));

    expect((await upload(viewer, asset.id, form([new File([PDF], "x.pdf")]))).status).toBe(403);
    expect((await callRoute(deleteRoute, { method: "DELETE", authorization: viewer.authorization, params: { id: pdf.id } })).status).toBe(
      403,
    );
    expect((await callRoute(listRoute, { authorization: viewer.authorization, params: { id: asset.id } })).status).toBe(200);
    expect((await fetchBytes(downloadRoute, pdf.id, viewer)).bytes.equals(PDF)).toBe(true);
  });

  it("answers 404 to another household and to members who cannot see a private asset", async () => {
    const owner = await household();
    const stranger = await household();
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    const asset = await createAsset(owner, { visibility: "PRIVATE" });
    const photo = await uploadOne(owner, asset.id, new File([await png], "private.png"));

    for (const outsider of [stranger, member]) {
      expect((await callRoute(listRoute, { authorization: outsider.authorization, params: { id: asset.id } })).status).toBe(404);
      expect((await upload(outsider, asset.id, form([new File([PDF], "x.pdf")]))).status).toBe(404);
      expect((await fetchBytes(downloadRoute, photo.id, outsider)).status).toBe(404);
      expect((await fetchBytes(thumbnailRoute, photo.id, outsider)).status).toBe(404);
      expect(
        (await callRoute(deleteRoute, { method: "DELETE", authorization: outsider.authorization, params: { id: photo.id } })).status,
      ).toBe(404);
    }
    expect((await fetchBytes(downloadRoute, photo.id, owner)).status).toBe(200);
    expect((await callRoute(listRoute, { authorization: owner.authorization, params: { id: "not-a-uuid" } })).status).toBe(404);
  });

  it("deletes the row and both files", async () => {
    const owner = await household();
    const asset = await createAsset(owner);
    const photo = await uploadOne(owner, asset.id, new File([await png], "p.png"));
    const paths = await storedPaths(photo.id);
    expect(paths).toHaveLength(2);
    expect(await Promise.all(paths.map(exists))).toEqual([true, true]);

    const deleted = await callRoute(deleteRoute, { method: "DELETE", authorization: owner.authorization, params: { id: photo.id } });
    expect(deleted.status).toBe(204);
    expect(await Promise.all(paths.map(exists))).toEqual([false, false]);
    expect(await db().attachment.count({ where: { id: photo.id } })).toBe(0);
    expect((await fetchBytes(downloadRoute, photo.id, owner)).status).toBe(404);
    expect((await callRoute(deleteRoute, { method: "DELETE", authorization: owner.authorization, params: { id: photo.id } })).status).toBe(
      404,
    );
  });

  it("removes an asset's files when it is deleted the way deleteAsset must: keys read in the transaction, files removed after", async () => {
    const owner = await household();
    const stranger = await household();
    const [asset, kept] = [await createAsset(owner), await createAsset(owner)];
    await uploadOk(owner, asset.id, form([new File([await png], "p.png"), new File([PDF], "r.pdf")]));
    const keptFile = await uploadOne(owner, kept.id, new File([PDF], "k.pdf"));
    const assetPaths = (await db().attachment.findMany({ where: { assetId: asset.id } })).flatMap((row) => [
      row.storageKey,
      row.thumbnailKey,
    ]);
    expect(assetPaths.filter(Boolean)).toHaveLength(3);

    expect(await collectAttachmentKeys(stranger.auth.householdId, [asset.id])).toEqual([]);

    const keys = await db().$transaction(async (tx) => {
      const collected = await collectAttachmentKeys(owner.auth.householdId, [asset.id], tx);
      await tx.asset.delete({ where: { id: asset.id } });
      return collected;
    });
    expect(keys.sort()).toEqual(assetPaths.filter(Boolean).sort());
    await deleteStoredFiles(keys);

    expect(await Promise.all(keys.map((key) => exists(resolve(uploadsDir(), key))))).toEqual([false, false, false]);
    expect(await readdir(resolve(uploadsDir(), owner.auth.householdId))).toHaveLength(1);
    expect((await fetchBytes(downloadRoute, keptFile.id, owner)).status).toBe(200);

    const keptPaths = await storedPaths(keptFile.id);
    expect(keptPaths).toHaveLength(1);
    await removeFilesOfAssets(owner.auth.householdId, [kept.id], () => db().asset.delete({ where: { id: kept.id } }));
    expect(await Promise.all(keptPaths.map(exists))).toEqual([false]);
  });
});
