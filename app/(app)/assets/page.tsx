import type { Metadata } from "next";
import { AssetListView } from "@/components/assets/asset-list-view";

export const metadata: Metadata = { title: "Assets" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AssetsPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const one = (key: string) => {
    const value = sp[key];
    return (Array.isArray(value) ? value[0] : value) ?? "";
  };
  return (
    <AssetListView
      initial={{
        q: one("q"),
        locationId: one("locationId"),
        tagId: one("tagId"),
        status: one("status"),
        warranty: one("warranty"),
        sort: one("sort"),
      }}
    />
  );
}
