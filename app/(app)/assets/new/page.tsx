import type { Metadata } from "next";
import { PageHeader } from "@/components/app-shell/page-header";
import { AssetForm } from "@/components/assets/asset-form";
import { loadAssetOr404 } from "../load-asset";

export const metadata: Metadata = { title: "Add asset" };

export default async function NewAssetPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { parentId } = await searchParams;
  const parent = typeof parentId === "string" && parentId ? await loadAssetOr404(parentId) : null;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={parent ? "Add component" : "Add asset"}
        back={parent ? { href: `/assets/${parent.id}`, label: parent.name } : { href: "/assets", label: "Assets" }}
      />
      <AssetForm parent={parent ? { id: parent.id, name: parent.name } : null} />
    </div>
  );
}
