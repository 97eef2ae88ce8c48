import type { Metadata } from "next";
import { PageHeader } from "@/components/app-shell/page-header";
import { AssetForm } from "@/components/assets/asset-form";
import { loadAssetOr404 } from "../../load-asset";

export const metadata: Metadata = { title: "Edit asset" };

export default async function EditAssetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const asset = await loadAssetOr404(id);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={`Edit ${asset.name}`} back={{ href: `/assets/${asset.id}`, label: asset.name }} />
      <AssetForm asset={asset} />
    </div>
  );
}
