import type { Metadata } from "next";
import { PageHeader } from "@/components/app-shell/page-header";
import { ScheduleForm } from "@/components/schedules/schedule-form";
import { loadAssetOr404 } from "../../assets/load-asset";

export const metadata: Metadata = { title: "New schedule" };

export default async function NewSchedulePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { assetId } = await searchParams;
  // Reading the asset here answers 404 for an asset the person cannot see, before any form.
  const asset = typeof assetId === "string" && assetId ? await loadAssetOr404(assetId) : null;
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader
        title={asset ? `New schedule for ${asset.name}` : "New household chore"}
        back={asset ? { href: `/assets/${asset.id}`, label: asset.name } : { href: "/schedules", label: "Schedules" }}
      />
      <ScheduleForm assetId={asset?.id ?? null} />
    </div>
  );
}
