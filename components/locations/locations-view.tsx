"use client";

import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import Link from "next/link";
import { useMemo, useState, type FormEvent } from "react";
import type { TLocationOut } from "@/lib/locations/schemas";
import { ApiError, errorMessage } from "@/lib/client/api";
import { useCreateLocation, useDeleteLocation, useLocations, useUpdateLocation } from "@/lib/client/hooks/locations";
import { useCan } from "@/components/app-shell/membership";
import { PageHeader } from "@/components/app-shell/page-header";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog, Dialog, FormDialogFooter } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { MapPinIcon, PencilIcon, PlusIcon, TrashIcon } from "@/components/ui/icons";
import { Input, Select } from "@/components/ui/input";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit, type FormSubmitOptions } from "@/components/ui/use-form-submit";
import { buildLocationTree, descendantIds, type LocationNode } from "./location-tree";

type Action = { type: "add"; parent: LocationNode } | { type: "edit"; node: LocationNode } | { type: "delete"; node: LocationNode } | null;

export function LocationsView() {
  const locations = useLocations();
  const canWrite = useCan("location:write");
  const tree = useMemo(() => buildLocationTree(locations.data ?? []), [locations.data]);
  const [action, setAction] = useState<Action>(null);

  return (
    <>
      <PageHeader title="Locations" description="Rooms, sheds, shelves and boxes: where things live. Nest them as deep as you like." />
      <div className="flex flex-col gap-5">
        {canWrite ? <AddLocationForm locations={locations.data ?? []} /> : null}

        {locations.isPending ? (
          <LoadingBlock label="Loading locations">
            <Card className="flex flex-col gap-3 p-5">
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} className="h-6 w-1/2" />
              ))}
            </Card>
          </LoadingBlock>
        ) : locations.isError ? (
          <QueryErrorAlert title="Locations could not be loaded" query={locations} />
        ) : tree.length === 0 ? (
          <EmptyState
            icon={<MapPinIcon />}
            title="No locations yet"
            description={
              canWrite
                ? "Start with the big places, like House or Garage, then add rooms and shelves inside them."
                : "Nobody has added locations yet."
            }
          />
        ) : (
          <CardSection id="tree" title="All locations">
            <LocationList nodes={tree} canWrite={canWrite} onAction={setAction} />
          </CardSection>
        )}
      </div>

      {action?.type === "add" ? <AddChildDialog parent={action.parent} onClose={() => setAction(null)} /> : null}
      {action?.type === "edit" ? (
        <EditLocationDialog node={action.node} locations={locations.data ?? []} onClose={() => setAction(null)} />
      ) : null}
      {action?.type === "delete" ? <DeleteLocationDialog node={action.node} onClose={() => setAction(null)} /> : null}
    </>
  );
}

function LocationList({
  nodes,
  canWrite,
  onAction,
  depth = 0,
}: {
  nodes: LocationNode[];
  canWrite: boolean;
  onAction: (a: Action) => void;
  depth?: number;
}) {
  return (
    <ul className={cn("flex flex-col", depth > 0 && "ml-3 border-l border-border pl-3 sm:ml-4 sm:pl-4")}>
      {nodes.map((node) => (
        <li key={node.id}>
          <div className="flex items-center gap-2 py-1.5">
            <MapPinIcon className="size-4 shrink-0 text-muted" />
            <span className="min-w-0 flex-1">
              <span className="block truncate font-medium">{node.name}</span>
              <Link href={`/assets?locationId=${node.id}`} className="text-xs text-muted hover:text-primary hover:underline">
                {node.assetCount === 1 ? "1 asset" : `${node.assetCount} assets`}
              </Link>
            </span>
            {canWrite ? (
              <span className="flex shrink-0">
                <Button variant="ghost" size="icon" onClick={() => onAction({ type: "add", parent: node })}>
                  <PlusIcon className="size-4" />
                  <span className="sr-only">Add a location inside {node.name}</span>
                </Button>
                <Button variant="ghost" size="icon" onClick={() => onAction({ type: "edit", node })}>
                  <PencilIcon className="size-4" />
                  <span className="sr-only">Rename or move {node.name}</span>
                </Button>
                <Button variant="danger-ghost" size="icon" onClick={() => onAction({ type: "delete", node })}>
                  <TrashIcon className="size-4" />
                  <span className="sr-only">Delete {node.name}</span>
                </Button>
              </span>
            ) : null}
          </div>
          {node.children.length > 0 ? (
            <LocationList nodes={node.children} canWrite={canWrite} onAction={onAction} depth={depth + 1} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A 409 (the name is taken at that level) belongs to the name; a bad parent goes above the form. */
const LOCATION_FORM: FormSubmitOptions = { fields: ["name"], conflict: { field: "name" } };

function ParentSelect({
  locations,
  value,
  onChange,
  exclude,
}: {
  locations: readonly TLocationOut[];
  value: string;
  onChange: (v: string) => void;
  exclude?: Set<string>;
}) {
  return (
    <Select value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">Top level</option>
      {locations
        .filter((l) => !exclude?.has(l.id))
        .map((l) => (
          <option key={l.id} value={l.id}>
            {l.path}
          </option>
        ))}
    </Select>
  );
}

function AddLocationForm({ locations }: { locations: readonly TLocationOut[] }) {
  const create = useCreateLocation();
  const { toast } = useToast();
  const [name, setName] = useState("");
  const [parentId, setParentId] = useState("");
  const { formRef, fieldErrors, formError, pending, submit } = useFormSubmit(LOCATION_FORM);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      const location = await create.mutateAsync({ name, parentId: parentId || null });
      toast(`Added “${location.path}”`);
      setName("");
    });
  }

  return (
    <Card className="p-4 sm:p-5">
      <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <Field label="New location" error={fieldErrors.name} className="sm:flex-1">
          <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} placeholder="e.g. Garage" autoComplete="off" />
        </Field>
        <Field label="Inside" className="sm:w-64">
          <ParentSelect locations={locations} value={parentId} onChange={setParentId} />
        </Field>
        <Button type="submit" loading={pending} className="sm:mt-7">
          <PlusIcon className="size-4" />
          Add location
        </Button>
      </form>
      {formError ? <ErrorAlert className="mt-3">{formError}</ErrorAlert> : null}
    </Card>
  );
}

function AddChildDialog({ parent, onClose }: { parent: LocationNode; onClose: () => void }) {
  const create = useCreateLocation();
  const { toast } = useToast();
  const [name, setName] = useState("");
  const { formRef, fieldErrors, formError, pending, submit } = useFormSubmit(LOCATION_FORM);
  const formId = `add-in-${parent.id}`;
  return (
    <Dialog
      open
      onClose={() => !pending && onClose()}
      title={`Add a location inside ${parent.name}`}
      footer={<FormDialogFooter formId={formId} submitLabel="Add location" pending={pending} onCancel={onClose} />}
    >
      <form
        id={formId}
        ref={formRef}
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            const l = await create.mutateAsync({ name, parentId: parent.id });
            toast(`Added “${l.path}”`);
            onClose();
          });
        }}
      >
        <Field label="Name" error={fieldErrors.name}>
          <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoComplete="off" />
        </Field>
      </form>
      {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
    </Dialog>
  );
}

function EditLocationDialog({ node, locations, onClose }: { node: LocationNode; locations: readonly TLocationOut[]; onClose: () => void }) {
  const update = useUpdateLocation();
  const { toast } = useToast();
  const [name, setName] = useState(node.name);
  const [parentId, setParentId] = useState(node.parentId ?? "");
  const exclude = useMemo(() => descendantIds(node), [node]);
  const { formRef, fieldErrors, formError, pending, submit } = useFormSubmit(LOCATION_FORM);
  const formId = `edit-${node.id}`;
  return (
    <Dialog
      open
      onClose={() => !pending && onClose()}
      title={`Edit ${node.name}`}
      footer={<FormDialogFooter formId={formId} submitLabel="Save" pending={pending} onCancel={onClose} />}
    >
      <form
        id={formId}
        ref={formRef}
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            const l = await update.mutateAsync({ id: node.id, name, parentId: parentId || null });
            toast(`Saved “${l.path}”`);
            onClose();
          });
        }}
      >
        <Field label="Name" error={fieldErrors.name}>
          <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoComplete="off" />
        </Field>
        <Field label="Inside">
          <ParentSelect locations={locations} value={parentId} onChange={setParentId} exclude={exclude} />
        </Field>
      </form>
      {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
    </Dialog>
  );
}

function DeleteLocationDialog({ node, onClose }: { node: LocationNode; onClose: () => void }) {
  const remove = useDeleteLocation();
  const { toast } = useToast();
  const holds = node.children.length > 0 || node.assetCount > 0;
  // The server may know of contents this member cannot see; it answers 409 then.
  const [force, setForce] = useState(holds);
  const conflict = remove.error instanceof ApiError && remove.error.status === 409;

  const contents = [
    node.children.length > 0 ? `${node.children.length} sub-location${node.children.length === 1 ? "" : "s"}` : null,
    node.assetCount > 0 ? `${node.assetCount} asset${node.assetCount === 1 ? "" : "s"}` : null,
  ].filter(Boolean);

  function confirm() {
    remove.mutate(
      { id: node.id, force },
      {
        onSuccess: () => {
          toast(`Deleted “${node.name}”`);
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) setForce(true);
        },
      },
    );
  }

  return (
    <ConfirmDialog
      title={`Delete ${node.name}?`}
      description={
        holds
          ? `It holds ${contents.join(" and ")}. Sub-locations move up one level and its assets are left without a location.`
          : "This cannot be undone."
      }
      confirmLabel={force && (holds || conflict) ? "Delete anyway" : "Delete location"}
      pending={remove.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      {conflict ? (
        <ErrorAlert>
          It still holds sub-locations or assets. Deleting it anyway moves its sub-locations up one level and leaves its assets without a
          location.
        </ErrorAlert>
      ) : remove.isError ? (
        <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert>
      ) : null}
    </ConfirmDialog>
  );
}
