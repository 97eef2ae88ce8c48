"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import { ASSET_STATUSES, type TAssetOut } from "@/lib/assets/schemas";
import {
  assetToForm,
  emptyAssetForm,
  formToPayload,
  newRowKey,
  assetSubmitErrors,
  type AssetFormValues,
} from "@/lib/client/asset-form-values";
import { ApiError, errorMessage } from "@/lib/client/api";
import type { FieldErrors } from "@/lib/client/form-errors";
import { useAccount, useMembers } from "@/lib/client/hooks/account";
import { useCreateAsset, useUpdateAsset } from "@/lib/client/hooks/assets";
import { useLocations } from "@/lib/client/hooks/locations";
import { useCreateTag, useTags } from "@/lib/client/hooks/tags";
import { useCan, useMembership } from "@/components/app-shell/membership";
import { ErrorAlert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { PlusIcon, TrashIcon } from "@/components/ui/icons";
import { Checkbox, Input, Select, Textarea } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { statusLabel } from "./warranty-badges";

const COMMON_CURRENCIES = [
  "USD",
  "EUR",
  "GBP",
  "CAD",
  "AUD",
  "NZD",
  "CHF",
  "JPY",
  "CNY",
  "INR",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "CZK",
  "BRL",
  "MXN",
  "ZAR",
  "SGD",
  "HKD",
];

interface AssetFormProps {
  /** The asset being edited; absent when creating. */
  asset?: TAssetOut;
  /** Creating a component of this asset. */
  parent?: Pick<TAssetOut, "id" | "name"> | null;
}

export function AssetForm({ asset, parent }: AssetFormProps) {
  const router = useRouter();
  const { toast } = useToast();
  const { userId } = useMembership();
  const account = useAccount();
  const householdCurrency = account.data?.activeHousehold.currency ?? "USD";
  const [values, setValues] = useState<AssetFormValues>(() => (asset ? assetToForm(asset) : emptyAssetForm(parent?.id ?? null)));
  const create = useCreateAsset();
  const update = useUpdateAsset(asset?.id ?? "");
  const {
    formRef,
    fieldErrors: errors,
    formError,
    pending,
    submit,
    validate,
  } = useFormSubmit({
    fields: [],
    toErrors: (error) => assetSubmitErrors(error, values),
  });

  const set = <K extends keyof AssetFormValues>(key: K, value: AssetFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const text = (key: keyof AssetFormValues) => ({
    name: key,
    value: values[key] as string,
    onChange: (event: { target: { value: string } }) => set(key, event.target.value as never),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = formToPayload(values, householdCurrency);
    if (!result.ok) {
      validate(result.errors);
      return;
    }
    void submit(async () => {
      if (asset) {
        // The parent changes through "Move", not this form.
        const { parentId: _parentId, ...changes } = result.payload;
        const saved = await update.mutateAsync(changes);
        toast(`Saved “${saved.name}”`);
        router.push(`/assets/${saved.id}`);
      } else {
        const saved = await create.mutateAsync(result.payload);
        toast(parent ? `Added “${saved.name}” as a component of “${parent.name}”` : `Added “${saved.name}”`);
        router.push(`/assets/${parent ? parent.id : saved.id}`);
      }
    });
  }

  const cancelHref = asset ? `/assets/${asset.id}` : parent ? `/assets/${parent.id}` : "/assets";

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {parent ? (
        <p className="rounded-xl border border-primary/30 bg-info-soft px-4 py-3 text-sm">
          This will be a component of{" "}
          <Link href={`/assets/${parent.id}`} className="font-medium underline underline-offset-4">
            {parent.name}
          </Link>
          .
        </p>
      ) : null}

      <CardSection id="basics" title="Basics">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Name" error={errors.name} required className="sm:col-span-2">
            <Input {...text("name")} maxLength={200} autoComplete="off" />
          </Field>
          <Field label="Category" error={errors.category} hint="For example Kitchen appliance, Power tool.">
            <Input {...text("category")} maxLength={100} />
          </Field>
          <Field label="Status" error={errors.status}>
            <Select name="status" value={values.status} onChange={(e) => set("status", e.target.value as AssetFormValues["status"])}>
              {ASSET_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Description" error={errors.description} className="sm:col-span-2">
            <Textarea {...text("description")} rows={3} maxLength={5000} />
          </Field>
        </div>
      </CardSection>

      <CardSection id="identity" title="Make and model">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Manufacturer" error={errors.manufacturer}>
            <Input {...text("manufacturer")} maxLength={200} />
          </Field>
          <Field label="Model" error={errors.model}>
            <Input {...text("model")} maxLength={200} />
          </Field>
          <Field label="Serial number" error={errors.serialNumber}>
            <Input {...text("serialNumber")} maxLength={200} autoCapitalize="characters" spellCheck={false} className="font-mono" />
          </Field>
          <Field label="Quantity" error={errors.quantity}>
            <Input {...text("quantity")} type="number" inputMode="numeric" min={1} step={1} />
          </Field>
        </div>
      </CardSection>

      <CardSection id="purchase" title="Purchase">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Purchase date" error={errors.purchaseDate}>
            <Input {...text("purchaseDate")} type="date" />
          </Field>
          <Field label="Vendor" error={errors.vendor} hint="Where it was bought.">
            <Input {...text("vendor")} maxLength={200} />
          </Field>
          <div className="grid grid-cols-[1fr_7rem] gap-2 sm:col-span-2 sm:max-w-md">
            <Field label="Price" error={errors.price}>
              <Input {...text("price")} inputMode="decimal" placeholder="0.00" autoComplete="off" />
            </Field>
            <Field label="Currency" error={errors.currency}>
              <Select name="currency" value={values.currency || householdCurrency} onChange={(e) => set("currency", e.target.value)}>
                {Array.from(new Set([values.currency || householdCurrency, householdCurrency, ...COMMON_CURRENCIES])).map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </div>
      </CardSection>

      <PlaceAndTags values={values} errors={errors} set={set} />

      <CardSection id="warranty" title="Warranty">
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-2">
            <Field label="Warranty expires on" error={errors.warrantyExpiresOn}>
              <Input {...text("warrantyExpiresOn")} type="date" disabled={values.warrantyLifetime} />
            </Field>
            <Checkbox
              name="warrantyLifetime"
              label="Lifetime warranty"
              checked={values.warrantyLifetime}
              onChange={(e) => set("warrantyLifetime", e.target.checked)}
            />
          </div>
          <div className="hidden sm:block" />
          <Field label="Second warranty" error={errors.secondaryWarrantyLabel} hint="For example Extended warranty, Battery.">
            <Input {...text("secondaryWarrantyLabel")} maxLength={100} />
          </Field>
          <Field label="Second warranty expires on" error={errors.secondaryWarrantyExpiresOn}>
            <Input {...text("secondaryWarrantyExpiresOn")} type="date" />
          </Field>
        </div>
      </CardSection>

      <CustomFields values={values} errors={errors} setValues={setValues} />

      <CardSection id="notes" title="Notes">
        <Field label="Notes" error={errors.notes} labelHidden>
          <Textarea
            {...text("notes")}
            rows={4}
            maxLength={20_000}
            placeholder="Anything worth remembering: sizes, settings, who lent it…"
          />
        </Field>
      </CardSection>

      <Visibility values={values} setValues={setValues} errors={errors} ownerId={asset?.ownerId ?? userId} />

      <div className="sticky bottom-20 z-10 flex flex-col gap-3 rounded-2xl border border-border bg-surface/95 p-3 shadow-lg backdrop-blur lg:bottom-4">
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <div className="flex gap-2 sm:justify-end">
          <ButtonLink href={cancelHref} variant="outline" className="flex-1 sm:flex-none">
            Cancel
          </ButtonLink>
          <Button type="submit" loading={pending} className="flex-[2] sm:flex-none">
            {asset ? "Save changes" : parent ? "Add component" : "Add asset"}
          </Button>
        </div>
      </div>
    </form>
  );
}

interface SectionProps {
  values: AssetFormValues;
  errors: FieldErrors;
}

function PlaceAndTags({
  values,
  errors,
  set,
}: SectionProps & { set: <K extends keyof AssetFormValues>(key: K, value: AssetFormValues[K]) => void }) {
  const locations = useLocations();
  const tags = useTags();
  const createTag = useCreateTag();
  const canWriteTags = useCan("tag:write");
  const [newTag, setNewTag] = useState("");
  const [tagError, setTagError] = useState<string | null>(null);
  const sortedLocations = useMemo(() => [...(locations.data ?? [])].sort((a, b) => a.path.localeCompare(b.path)), [locations.data]);
  const newTagId = useId();

  function toggleTag(id: string, on: boolean) {
    set("tagIds", on ? [...values.tagIds, id] : values.tagIds.filter((t) => t !== id));
  }

  async function addTag() {
    const name = newTag.trim();
    if (!name) return;
    setTagError(null);
    const existing = tags.data?.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (existing) {
      if (!values.tagIds.includes(existing.id)) toggleTag(existing.id, true);
      setNewTag("");
      return;
    }
    try {
      const tag = await createTag.mutateAsync({ name });
      set("tagIds", [...values.tagIds, tag.id]);
      setNewTag("");
    } catch (error) {
      setTagError(error instanceof ApiError ? (error.fieldErrors.name ?? error.message) : errorMessage(error));
    }
  }

  return (
    <CardSection id="place" title="Location and tags">
      <div className="flex flex-col gap-4">
        <Field
          label="Location"
          error={errors.locationId}
          hint={
            <>
              <Link href="/locations" className="underline underline-offset-2">
                Manage locations
              </Link>
            </>
          }
        >
          <Select
            name="locationId"
            value={values.locationId}
            onChange={(e) => set("locationId", e.target.value)}
            disabled={locations.isPending}
          >
            <option value="">{locations.isPending ? "Loading locations…" : "No location"}</option>
            {sortedLocations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.path}
              </option>
            ))}
          </Select>
        </Field>

        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1.5 text-sm font-medium">Tags</legend>
          {tags.isPending ? (
            <p className="text-sm text-muted">Loading tags…</p>
          ) : (tags.data ?? []).length === 0 ? (
            <p className="text-sm text-muted">No tags yet.{canWriteTags ? " Create one below." : ""}</p>
          ) : (
            <div className="flex flex-wrap gap-2">
              {(tags.data ?? []).map((tag) => {
                const checked = values.tagIds.includes(tag.id);
                return (
                  <label
                    key={tag.id}
                    className={cn(
                      "inline-flex cursor-pointer items-center gap-2 rounded-full border px-3 py-1.5 text-sm transition-colors",
                      "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
                      checked ? "border-primary bg-primary/10 text-fg" : "border-input text-muted hover:text-fg",
                    )}
                  >
                    <input type="checkbox" className="sr-only" checked={checked} onChange={(e) => toggleTag(tag.id, e.target.checked)} />
                    <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: tag.color }} />
                    {tag.name}
                  </label>
                );
              })}
            </div>
          )}
          {errors.tagIds ? <p className="text-sm font-medium text-danger">{errors.tagIds}</p> : null}
        </fieldset>
        {canWriteTags ? (
          <div className="flex flex-col gap-1.5">
            <label htmlFor={newTagId} className="text-sm font-medium">
              New tag
            </label>
            <div className="flex gap-2">
              <Input
                id={newTagId}
                value={newTag}
                onChange={(e) => setNewTag(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    void addTag();
                  }
                }}
                maxLength={50}
                aria-invalid={tagError ? true : undefined}
                aria-describedby={tagError ? `${newTagId}-error` : undefined}
                className="sm:max-w-xs"
              />
              <Button variant="outline" onClick={() => void addTag()} loading={createTag.isPending} disabled={!newTag.trim()}>
                Add tag
              </Button>
            </div>
            {tagError ? (
              <p id={`${newTagId}-error`} className="text-sm font-medium text-danger">
                {tagError}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </CardSection>
  );
}

function CustomFields({ values, errors, setValues }: SectionProps & { setValues: React.Dispatch<React.SetStateAction<AssetFormValues>> }) {
  const listRef = useRef<HTMLUListElement>(null);
  const updateRow = (key: string, patch: Partial<{ label: string; value: string }>) =>
    setValues((v) => ({ ...v, customFields: v.customFields.map((f) => (f.key === key ? { ...f, ...patch } : f)) }));

  function addRow() {
    setValues((v) => ({ ...v, customFields: [...v.customFields, { key: newRowKey(), label: "", value: "" }] }));
    // Focus the new row's label once it is on screen.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>("li:last-child input")?.focus());
  }

  return (
    <CardSection id="custom-fields" title="Custom fields" description="Anything else: colour, size, filter type, licence key…">
      <div className="flex flex-col gap-3">
        <ul ref={listRef} className="flex flex-col gap-3 empty:hidden">
          {values.customFields.map((row, index) => (
            <li key={row.key} className="grid grid-cols-[1fr_auto] gap-2 sm:grid-cols-[1fr_2fr_auto] sm:items-start">
              <Field label={`Field ${index + 1} label`} error={errors[`customFields.${row.key}.label`]} className="col-start-1 row-start-1">
                <Input value={row.label} onChange={(e) => updateRow(row.key, { label: e.target.value })} maxLength={100} />
              </Field>
              <Field
                label={`Field ${index + 1} value`}
                error={errors[`customFields.${row.key}.value`]}
                className="col-start-1 row-start-2 sm:col-start-2 sm:row-start-1"
              >
                <Input value={row.value} onChange={(e) => updateRow(row.key, { value: e.target.value })} maxLength={2000} />
              </Field>
              <Button
                variant="ghost"
                size="icon"
                className="col-start-2 row-span-2 row-start-1 self-center sm:col-start-3 sm:row-span-1 sm:mt-7 sm:self-start"
                onClick={() => setValues((v) => ({ ...v, customFields: v.customFields.filter((f) => f.key !== row.key) }))}
              >
                <TrashIcon className="size-4" />
                <span className="sr-only">Remove field {index + 1}</span>
              </Button>
            </li>
          ))}
        </ul>
        <div>
          <Button variant="outline" size="sm" onClick={addRow}>
            <PlusIcon className="size-4" />
            Add field
          </Button>
        </div>
      </div>
    </CardSection>
  );
}

function Visibility({
  values,
  setValues,
  errors,
  ownerId,
}: {
  values: AssetFormValues;
  setValues: React.Dispatch<React.SetStateAction<AssetFormValues>>;
  errors: FieldErrors;
  ownerId: string;
}) {
  const members = useMembers(values.visibility === "SHARED");
  const others = (members.data ?? []).filter((m) => m.userId !== ownerId);
  const options: { value: AssetFormValues["visibility"]; label: string; description: ReactNode }[] = [
    { value: "HOUSEHOLD", label: "Everyone in the household", description: "All members can see it." },
    { value: "PRIVATE", label: "Only me", description: "Hidden from other members." },
    { value: "SHARED", label: "Me and selected members", description: "Choose who else can see it." },
  ];
  return (
    <CardSection id="visibility" title="Who can see it">
      <fieldset className="flex flex-col gap-2">
        <legend className="sr-only">Visibility</legend>
        {options.map((o) => (
          <label
            key={o.value}
            className={cn(
              "flex cursor-pointer items-start gap-3 rounded-xl border p-3 text-sm transition-colors",
              values.visibility === o.value ? "border-primary bg-primary/5" : "border-border hover:bg-surface-2",
            )}
          >
            <input
              type="radio"
              name="visibility"
              value={o.value}
              checked={values.visibility === o.value}
              onChange={() => setValues((v) => ({ ...v, visibility: o.value }))}
              className="mt-0.5 size-4 accent-primary"
            />
            <span className="flex flex-col">
              <span className="font-medium">{o.label}</span>
              <span className="text-xs text-muted">{o.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {values.visibility === "SHARED" ? (
        <fieldset className="mt-4 flex flex-col gap-1 border-t border-border pt-4">
          <legend className="float-left mb-1 text-sm font-medium">Share with</legend>
          <div className="clear-left" />
          {members.isPending ? (
            <p className="text-sm text-muted">Loading members…</p>
          ) : members.isError ? (
            <ErrorAlert>{errorMessage(members.error)}</ErrorAlert>
          ) : others.length === 0 ? (
            <p className="text-sm text-muted">Nobody else is in this household yet.</p>
          ) : (
            others.map((m) => (
              <Checkbox
                key={m.userId}
                label={m.name}
                description={m.email}
                checked={values.sharedWithUserIds.includes(m.userId)}
                onChange={(e) =>
                  setValues((v) => ({
                    ...v,
                    sharedWithUserIds: e.target.checked
                      ? [...v.sharedWithUserIds, m.userId]
                      : v.sharedWithUserIds.filter((id) => id !== m.userId),
                  }))
                }
              />
            ))
          )}
          {errors.sharedWithUserIds ? <p className="text-sm font-medium text-danger">{errors.sharedWithUserIds}</p> : null}
        </fieldset>
      ) : null}
    </CardSection>
  );
}
