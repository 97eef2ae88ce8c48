import type { Metadata } from "next";
import { AssetDetailView } from "@/components/assets/asset-detail-view";
import { loadAssetOr404 } from "../load-asset";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: (await loadAssetOr404(id)).name };
}

export default async function AssetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const asset = await loadAssetOr404(id);
  return <AssetDetailView initialAsset={asset} />;
}
