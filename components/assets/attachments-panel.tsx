"use client";

/* eslint-disable @next/next/no-img-element -- files are served by our API behind the session cookie */
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState, type DragEvent } from "react";
import { errorMessage } from "@/lib/client/api";
import { formatBytes } from "@/lib/client/format";
import { uploadAttachment, useAttachments, useDeleteAttachment } from "@/lib/client/hooks/attachments";
import { queryKeys } from "@/lib/client/query-keys";
import { ATTACHMENT_KINDS, type TAttachment, type TAttachmentKind } from "@/lib/client/types";
import { useCan } from "@/components/app-shell/membership";
import { ErrorAlert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { CameraIcon, FileIcon, ImageIcon, TrashIcon, UploadIcon, XIcon } from "@/components/ui/icons";
import { Select } from "@/components/ui/input";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";

const KIND_LABELS: Record<TAttachmentKind, string> = {
  PHOTO: "Photo",
  RECEIPT: "Receipt",
  MANUAL: "Manual",
  WARRANTY: "Warranty",
  OTHER: "Other",
};

interface Upload {
  id: number;
  name: string;
  size: number;
  progress: number;
  status: "uploading" | "error";
  error?: string;
}

export function AttachmentsPanel({ assetId }: { assetId: string }) {
  const attachments = useAttachments(assetId);
  const canWrite = useCan("attachment:write");
  const photos = (attachments.data ?? []).filter((a) => a.kind === "PHOTO");
  const documents = (attachments.data ?? []).filter((a) => a.kind !== "PHOTO");
  const [deleting, setDeleting] = useState<TAttachment | null>(null);

  return (
    <CardSection id="files" title="Photos and documents" description="Photos, receipts, manuals and warranty papers.">
      <div className="flex flex-col gap-5">
        {canWrite ? <Uploader assetId={assetId} /> : null}

        {attachments.isPending ? (
          <LoadingBlock label="Loading files">
            <div className="grid grid-cols-3 gap-2 sm:grid-cols-4">
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} className="aspect-square rounded-xl" />
              ))}
            </div>
          </LoadingBlock>
        ) : attachments.isError ? (
          <QueryErrorAlert title="Files could not be loaded" query={attachments} />
        ) : photos.length === 0 && documents.length === 0 ? (
          <p className="text-sm text-muted">
            No files yet.{canWrite ? " Add a photo and the receipt so they are at hand when you need them." : ""}
          </p>
        ) : (
          <>
            {photos.length > 0 ? (
              <section aria-labelledby="photos-heading">
                <h3 id="photos-heading" className="mb-2 text-sm font-semibold">
                  Photos
                </h3>
                <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
                  {photos.map((photo) => (
                    <li key={photo.id} className="group relative">
                      <a
                        href={photo.url}
                        target="_blank"
                        rel="noopener"
                        className="block aspect-square overflow-hidden rounded-xl border border-border bg-surface-2 focus-visible:outline-2 focus-visible:outline-ring"
                      >
                        <img src={photo.thumbnailUrl ?? photo.url} alt={photo.fileName} loading="lazy" className="size-full object-cover" />
                      </a>
                      {canWrite ? (
                        <button
                          type="button"
                          onClick={() => setDeleting(photo)}
                          className="absolute top-1.5 right-1.5 rounded-full bg-surface/90 p-1.5 text-fg shadow hover:text-danger focus-visible:outline-2 focus-visible:outline-ring"
                        >
                          <TrashIcon className="size-4" />
                          <span className="sr-only">Delete photo {photo.fileName}</span>
                        </button>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {documents.length > 0 ? (
              <section aria-labelledby="documents-heading">
                <h3 id="documents-heading" className="mb-2 text-sm font-semibold">
                  Documents
                </h3>
                <ul className="divide-y divide-border rounded-xl border border-border">
                  {documents.map((doc) => (
                    <li key={doc.id} className="flex items-center gap-3 px-3 py-2.5">
                      {doc.thumbnailUrl ? (
                        <img src={doc.thumbnailUrl} alt="" className="size-10 shrink-0 rounded-md object-cover" />
                      ) : (
                        <span className="grid size-10 shrink-0 place-items-center rounded-md bg-surface-2 text-muted">
                          <FileIcon className="size-5" />
                        </span>
                      )}
                      <div className="flex min-w-0 flex-1 flex-col">
                        <a
                          href={doc.url}
                          target="_blank"
                          rel="noopener"
                          className="truncate text-sm font-medium text-primary hover:underline"
                        >
                          {doc.fileName}
                        </a>
                        <span className="flex items-center gap-2 text-xs text-muted">
                          <Badge>{KIND_LABELS[doc.kind]}</Badge>
                          {formatBytes(doc.sizeBytes)}
                        </span>
                      </div>
                      {canWrite ? (
                        <Button variant="ghost" size="icon" onClick={() => setDeleting(doc)}>
                          <TrashIcon className="size-4" />
                          <span className="sr-only">Delete {doc.fileName}</span>
                        </Button>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        )}
      </div>
      {deleting ? <DeleteAttachmentDialog assetId={assetId} attachment={deleting} onClose={() => setDeleting(null)} /> : null}
    </CardSection>
  );
}

function DeleteAttachmentDialog({ assetId, attachment, onClose }: { assetId: string; attachment: TAttachment; onClose: () => void }) {
  const remove = useDeleteAttachment(assetId);
  const { toast } = useToast();
  return (
    <ConfirmDialog
      title={`Delete “${attachment.fileName}”?`}
      description="The file is removed for everyone in the household."
      confirmLabel="Delete file"
      pending={remove.isPending}
      onConfirm={() =>
        remove.mutate(attachment.id, {
          onSuccess: () => {
            toast(`Deleted “${attachment.fileName}”`);
            onClose();
          },
        })
      }
      onClose={onClose}
    >
      {remove.isError ? <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert> : null}
    </ConfirmDialog>
  );
}

let uploadCounter = 0;

/**
 * Files go up one request each, so each shows its own progress bar and its own error
 * (413 too large, 415 wrong type) while the others carry on.
 */
function Uploader({ assetId }: { assetId: string }) {
  const client = useQueryClient();
  const { toast } = useToast();
  const [kind, setKind] = useState<TAttachmentKind | "">("");
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const ids = useId();

  const patch = (id: number, change: Partial<Upload>) => setUploads((all) => all.map((u) => (u.id === id ? { ...u, ...change } : u)));

  async function uploadOne(file: File, chosenKind: TAttachmentKind | "") {
    const id = ++uploadCounter;
    setUploads((all) => [...all, { id, name: file.name, size: file.size, progress: 0, status: "uploading" }]);
    // Without a chosen kind, images become photos and everything else "Other", as on the server.
    const effectiveKind: TAttachmentKind = chosenKind || (file.type.startsWith("image/") ? "PHOTO" : "OTHER");
    try {
      await uploadAttachment(assetId, file, effectiveKind, (progress) => patch(id, { progress }));
      setUploads((all) => all.filter((u) => u.id !== id));
      toast(`Uploaded “${file.name}”`);
      // A first load of the list may still be in flight, read before this upload committed;
      // invalidating would join it (React Query dedupes a fetch with no data yet), so drop it first.
      await client.cancelQueries({ queryKey: queryKeys.attachments(assetId) });
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.attachments(assetId) }),
        // A first photo becomes the cover.
        client.invalidateQueries({ queryKey: queryKeys.asset(assetId) }),
        client.invalidateQueries({ queryKey: ["assets", "list"] }),
      ]);
    } catch (error) {
      patch(id, { status: "error", error: errorMessage(error) });
    }
  }

  function start(files: FileList | null, chosenKind: TAttachmentKind | "") {
    if (!files || files.length === 0) return;
    for (const file of Array.from(files)) void uploadOne(file, chosenKind);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    start(event.dataTransfer.files, kind);
  }

  return (
    <div className="flex flex-col gap-3">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={cn(
          "flex flex-col gap-3 rounded-xl border-2 border-dashed p-4 transition-colors sm:flex-row sm:items-end",
          dragging ? "border-primary bg-primary/5" : "border-input",
        )}
      >
        <Field label="Save as" className="sm:w-48">
          <Select value={kind} onChange={(e) => setKind(e.target.value as TAttachmentKind | "")}>
            <option value="">Automatic</option>
            {ATTACHMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </Select>
        </Field>
        <div className="flex flex-1 flex-wrap items-center gap-2">
          <input
            id={`${ids}-files`}
            type="file"
            multiple
            accept="image/*,application/pdf"
            className="sr-only"
            onChange={(e) => {
              start(e.target.files, kind);
              e.target.value = "";
            }}
          />
          <label
            htmlFor={`${ids}-files`}
            className="inline-flex h-11 cursor-pointer items-center gap-2 rounded-lg border border-input bg-surface px-4 text-sm font-medium hover:bg-surface-2 sm:h-10 [input:focus-visible+&]:outline-2 [input:focus-visible+&]:outline-offset-2 [input:focus-visible+&]:outline-ring"
          >
            <UploadIcon className="size-4" />
            Choose files
          </label>
          <input
            id={`${ids}-camera`}
            type="file"
            accept="image/*"
            capture="environment"
            className="sr-only"
            onChange={(e) => {
              start(e.target.files, kind || "PHOTO");
              e.target.value = "";
            }}
          />
          <label
            htmlFor={`${ids}-camera`}
            className="inline-flex h-11 cursor-pointer items-center gap-2 rounded-lg border border-input bg-surface px-4 text-sm font-medium hover:bg-surface-2 sm:hidden [input:focus-visible+&]:outline-2 [input:focus-visible+&]:outline-offset-2 [input:focus-visible+&]:outline-ring"
          >
            <CameraIcon className="size-4" />
            Take photo
          </label>
          <p className="hidden text-sm text-muted sm:block">or drop images and PDFs here</p>
        </div>
      </div>

      {uploads.length > 0 ? (
        <ul aria-label="Uploads" className="flex flex-col gap-2">
          {uploads.map((u) => (
            <li
              key={u.id}
              className={cn(
                "flex items-center gap-3 rounded-lg border px-3 py-2 text-sm",
                u.status === "error" ? "border-danger/40 bg-danger-soft" : "border-border",
              )}
            >
              <ImageIcon className="size-4 shrink-0 text-muted" />
              <div className="flex min-w-0 flex-1 flex-col gap-1">
                <div className="flex items-center justify-between gap-2">
                  <span className="truncate font-medium">{u.name}</span>
                  <span className="shrink-0 text-xs text-muted tabular-nums">
                    {u.status === "uploading" ? `${Math.round(u.progress * 100)}%` : formatBytes(u.size)}
                  </span>
                </div>
                {u.status === "uploading" ? (
                  <progress
                    value={u.progress}
                    max={1}
                    aria-label={`Uploading ${u.name}`}
                    className="h-1.5 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-primary [&::-webkit-progress-bar]:bg-surface-2 [&::-webkit-progress-value]:bg-primary"
                  />
                ) : (
                  <p role="alert" className="text-danger">
                    {u.error}
                  </p>
                )}
              </div>
              {u.status === "error" ? (
                <button
                  type="button"
                  onClick={() => setUploads((all) => all.filter((x) => x.id !== u.id))}
                  className="rounded p-1 text-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-ring"
                >
                  <XIcon className="size-4" />
                  <span className="sr-only">Dismiss {u.name}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
