"use client";

import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { TTagWithCount } from "@/lib/tags/schemas";
import { errorMessage } from "@/lib/client/api";
import { useCreateTag, useDeleteTag, useTags, useUpdateTag } from "@/lib/client/hooks/tags";
import { useCan } from "@/components/app-shell/membership";
import { PageHeader } from "@/components/app-shell/page-header";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { ConfirmDialog, Dialog, FormDialogFooter } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { PencilIcon, PlusIcon, TagIcon, TrashIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit, type FormSubmitOptions } from "@/components/ui/use-form-submit";
import { ColorPicker, TAG_COLORS } from "./color-picker";

/** Names are unique per household: a 409 belongs to the name. */
const TAG_FORM: FormSubmitOptions = {
  fields: ["name", "color"],
  conflict: { field: "name", message: "A tag with this name already exists" },
};

export function TagsView() {
  const tags = useTags();
  const canWrite = useCan("tag:write");
  const [editing, setEditing] = useState<TTagWithCount | null>(null);
  const [deleting, setDeleting] = useState<TTagWithCount | null>(null);

  return (
    <>
      <PageHeader title="Tags" description="Labels that cut across locations: Kitchen, Outdoor, Needs repair, Gift…" />
      <div className="flex flex-col gap-5">
        {canWrite ? <CreateTagForm /> : null}
        {tags.isPending ? (
          <LoadingBlock label="Loading tags">
            <Card className="flex flex-col gap-3 p-5">
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} className="h-6 w-1/3" />
              ))}
            </Card>
          </LoadingBlock>
        ) : tags.isError ? (
          <QueryErrorAlert title="Tags could not be loaded" query={tags} />
        ) : tags.data.length === 0 ? (
          <EmptyState icon={<TagIcon />} title="No tags yet" description="Tags group assets however you like, across rooms and owners." />
        ) : (
          <CardSection id="all-tags" title="All tags">
            <ul className="-my-1 divide-y divide-border">
              {tags.data.map((tag) => (
                <li key={tag.id} className="flex items-center gap-3 py-2">
                  <span aria-hidden className="size-4 shrink-0 rounded-full" style={{ backgroundColor: tag.color }} />
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium">{tag.name}</span>
                    <Link href={`/assets?tagId=${tag.id}`} className="text-xs text-muted hover:text-primary hover:underline">
                      {tag.assetCount === 1 ? "1 asset" : `${tag.assetCount} assets`}
                    </Link>
                  </span>
                  {canWrite ? (
                    <span className="flex shrink-0">
                      <Button variant="ghost" size="icon" onClick={() => setEditing(tag)}>
                        <PencilIcon className="size-4" />
                        <span className="sr-only">Edit {tag.name}</span>
                      </Button>
                      <Button variant="danger-ghost" size="icon" onClick={() => setDeleting(tag)}>
                        <TrashIcon className="size-4" />
                        <span className="sr-only">Delete {tag.name}</span>
                      </Button>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </CardSection>
        )}
      </div>
      {editing ? <EditTagDialog tag={editing} onClose={() => setEditing(null)} /> : null}
      {deleting ? <DeleteTagDialog tag={deleting} onClose={() => setDeleting(null)} /> : null}
    </>
  );
}

function CreateTagForm() {
  const create = useCreateTag();
  const { toast } = useToast();
  const [name, setName] = useState("");
  const [color, setColor] = useState<string>(TAG_COLORS[6]);
  const { formRef, fieldErrors: errors, formError, pending, submit } = useFormSubmit(TAG_FORM);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      const tag = await create.mutateAsync({ name, color });
      toast(`Added tag “${tag.name}”`);
      setName("");
    });
  }

  return (
    <Card className="p-4 sm:p-5">
      <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-4">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <Field label="New tag" error={errors.name} className="sm:max-w-sm sm:flex-1">
            <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={50} placeholder="e.g. Kitchen" autoComplete="off" />
          </Field>
          <Button type="submit" loading={pending} className="sm:mt-7">
            <PlusIcon className="size-4" />
            Add tag
          </Button>
        </div>
        <ColorPicker value={color} onChange={setColor} error={errors.color} />
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
      </form>
    </Card>
  );
}

function EditTagDialog({ tag, onClose }: { tag: TTagWithCount; onClose: () => void }) {
  const update = useUpdateTag();
  const { toast } = useToast();
  const [name, setName] = useState(tag.name);
  const [color, setColor] = useState(tag.color);
  const { formRef, fieldErrors: errors, formError, pending, submit } = useFormSubmit(TAG_FORM);
  const formId = `edit-tag-${tag.id}`;
  return (
    <Dialog
      open
      onClose={() => !pending && onClose()}
      title={`Edit tag ${tag.name}`}
      footer={<FormDialogFooter formId={formId} submitLabel="Save" pending={pending} onCancel={onClose} />}
    >
      <form
        id={formId}
        ref={formRef}
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            const t = await update.mutateAsync({ id: tag.id, name, color });
            toast(`Saved tag “${t.name}”`);
            onClose();
          });
        }}
      >
        <Field label="Name" error={errors.name}>
          <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={50} autoComplete="off" />
        </Field>
        <ColorPicker value={color} onChange={setColor} error={errors.color} />
      </form>
      {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
    </Dialog>
  );
}

function DeleteTagDialog({ tag, onClose }: { tag: TTagWithCount; onClose: () => void }) {
  const remove = useDeleteTag();
  const { toast } = useToast();
  return (
    <ConfirmDialog
      title={`Delete tag ${tag.name}?`}
      description={
        tag.assetCount > 0
          ? `It is removed from ${tag.assetCount === 1 ? "1 asset" : `${tag.assetCount} assets`}; the assets stay.`
          : "No assets use it."
      }
      confirmLabel="Delete tag"
      pending={remove.isPending}
      onConfirm={() =>
        remove.mutate(tag.id, {
          onSuccess: () => {
            toast(`Deleted tag “${tag.name}”`);
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
