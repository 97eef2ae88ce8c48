"use client";

import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import Link from "next/link";
import type { ReactNode } from "react";
import { useDashboard } from "@/lib/client/hooks/dashboard";
import { useLocations } from "@/lib/client/hooks/locations";
import { useAccount } from "@/lib/client/hooks/account";
import { formatMoney } from "@/lib/client/format";
import { PageHeader } from "@/components/app-shell/page-header";
import { useCan } from "@/components/app-shell/membership";
import { AssetRow } from "@/components/assets/asset-row";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { BoxIcon, CheckIcon, MapPinIcon, PlusIcon, ShieldIcon } from "@/components/ui/icons";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";
import { cn } from "@/components/ui/cn";

function Stat({ label, children, href }: { label: string; children: ReactNode; href?: string }) {
  // A link inside <dt> whose ::after covers the card keeps the <dl> valid and the whole card clickable.
  return (
    <Card
      className={cn(
        "relative p-4 sm:p-5",
        href && "transition-colors hover:border-primary/50 has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-ring",
      )}
    >
      <dt className="text-sm font-medium text-muted">
        {href ? (
          <Link href={href} className="outline-none after:absolute after:inset-0 after:rounded-2xl">
            {label}
          </Link>
        ) : (
          label
        )}
      </dt>
      <dd className="mt-1 text-2xl font-semibold tracking-tight tabular-nums">{children}</dd>
    </Card>
  );
}

function GettingStarted({ hasLocations, canWrite }: { hasLocations: boolean; canWrite: boolean }) {
  const steps = [
    {
      done: hasLocations,
      title: "Create locations",
      text: "Rooms, sheds and shelves: where things live, so you can find them later.",
      href: "/locations",
      action: "Create locations",
      Icon: MapPinIcon,
    },
    {
      done: false,
      title: "Add your first asset",
      text: "Anything worth remembering: appliances, tools, electronics. Add a photo and the receipt.",
      href: "/assets/new",
      action: "Add your first asset",
      Icon: BoxIcon,
    },
  ];
  return (
    <CardSection id="getting-started" title="Get started" description="Your household has no assets yet. Two steps to get going:">
      <ol className="flex flex-col gap-3">
        {steps.map((step, index) => (
          <li key={step.title} className="flex flex-col gap-3 rounded-xl border border-border p-4 sm:flex-row sm:items-center">
            <span
              className={cn(
                "grid size-9 shrink-0 place-items-center rounded-full text-sm font-semibold",
                step.done ? "bg-success-soft text-success" : "bg-primary/10 text-primary",
              )}
            >
              {step.done ? (
                <>
                  <CheckIcon className="size-5" />
                  <span className="sr-only">Done:</span>
                </>
              ) : (
                index + 1
              )}
            </span>
            <div className="min-w-0 flex-1">
              <p className="font-medium">{step.title}</p>
              <p className="text-sm text-muted">{step.text}</p>
            </div>
            {canWrite ? (
              <ButtonLink href={step.href} variant={step.done ? "outline" : "primary"} size="sm">
                <step.Icon className="size-4" />
                {step.action}
              </ButtonLink>
            ) : null}
          </li>
        ))}
      </ol>
    </CardSection>
  );
}

export function DashboardView() {
  const dashboard = useDashboard();
  const locations = useLocations();
  const account = useAccount();
  const canWrite = useCan("asset:write");
  const firstName = account.data?.user.name.split(" ")[0];

  return (
    <>
      <PageHeader
        title={firstName ? `Hello, ${firstName}` : "Dashboard"}
        description="What your household owns at a glance."
        actions={
          canWrite ? (
            <ButtonLink href="/assets/new">
              <PlusIcon className="size-4" />
              Add asset
            </ButtonLink>
          ) : null
        }
      />

      {dashboard.isPending ? (
        <LoadingBlock label="Loading dashboard">
          <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="h-24 rounded-2xl" />
            ))}
          </div>
          <Skeleton className="mt-6 h-64 rounded-2xl" />
        </LoadingBlock>
      ) : dashboard.isError ? (
        <QueryErrorAlert title="The dashboard could not be loaded" query={dashboard} />
      ) : (
        <div className="flex flex-col gap-6">
          <section aria-labelledby="summary-heading">
            <h2 id="summary-heading" className="sr-only">
              Summary
            </h2>
            <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
              <Stat label="Assets" href="/assets">
                {dashboard.data.assetCount}
              </Stat>
              <Stat label="Total value">
                {dashboard.data.totalValueMinor.length === 0 ? (
                  <span className="text-muted">—</span>
                ) : (
                  <span className="flex flex-col">
                    {dashboard.data.totalValueMinor.map((t) => (
                      <span key={t.currency} className="truncate">
                        {formatMoney(t.totalMinor, t.currency)}
                      </span>
                    ))}
                  </span>
                )}
              </Stat>
              <Stat label="Warranties ending in 30 days" href="/assets?status=ACTIVE&warranty=30">
                {dashboard.data.warrantiesExpiring.within30}
              </Stat>
              <Stat label="Ending in 60 / 90 days" href="/assets?status=ACTIVE&warranty=90">
                {dashboard.data.warrantiesExpiring.within60} / {dashboard.data.warrantiesExpiring.within90}
              </Stat>
            </dl>
          </section>

          {dashboard.data.assetCount === 0 ? (
            <GettingStarted hasLocations={(locations.data?.length ?? 0) > 0} canWrite={canWrite} />
          ) : (
            <>
              {dashboard.data.warrantiesExpiring.within30 > 0 ? (
                <div className="flex items-center gap-3 rounded-2xl border border-warning/30 bg-warning-soft p-4 text-sm">
                  <ShieldIcon className="size-5 shrink-0 text-warning" />
                  <p className="flex-1">
                    {dashboard.data.warrantiesExpiring.within30 === 1
                      ? "1 warranty ends in the next 30 days."
                      : `${dashboard.data.warrantiesExpiring.within30} warranties end in the next 30 days.`}
                  </p>
                  <Link href="/assets?status=ACTIVE&warranty=30" className="font-medium text-fg underline underline-offset-4">
                    Review
                  </Link>
                </div>
              ) : null}
              <CardSection
                id="recent"
                title="Recently added"
                action={
                  <Link href="/assets" className="text-sm font-medium text-primary hover:underline">
                    All assets
                  </Link>
                }
              >
                <ul className="-my-2 divide-y divide-border">
                  {dashboard.data.recentlyAdded.map((asset) => (
                    <li key={asset.id}>
                      <AssetRow asset={asset} />
                    </li>
                  ))}
                </ul>
              </CardSection>
              {(locations.data?.length ?? 1) === 0 && canWrite ? (
                <Card className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center">
                  <MapPinIcon className="size-5 text-muted" />
                  <p className="flex-1 text-sm">Sort your things by room, shed or shelf so they are easy to find.</p>
                  <ButtonLink href="/locations" variant="outline" size="sm">
                    Create locations
                  </ButtonLink>
                </Card>
              ) : null}
            </>
          )}
        </div>
      )}
    </>
  );
}
