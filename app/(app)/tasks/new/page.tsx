import type { Metadata } from "next";
import { PageHeader } from "@/components/app-shell/page-header";
import { TaskForm } from "@/components/tasks/task-form";
import { loadAssetOr404 } from "../../assets/load-asset";

export const metadata: Metadata = { title: "New task" };

export default async function NewTaskPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { assetId } = await searchParams;
  // Reading the asset here answers 404 for an asset the person cannot see, before any form.
  const asset = typeof assetId === "string" && assetId ? await loadAssetOr404(assetId) : null;
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader
        title={asset ? `New task for ${asset.name}` : "New task"}
        description="One piece of upkeep, without a schedule."
        back={asset ? { href: `/assets/${asset.id}`, label: asset.name } : { href: "/tasks", label: "Tasks" }}
      />
      <TaskForm assetId={asset?.id ?? null} />
    </div>
  );
}
