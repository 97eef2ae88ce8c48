/* eslint-disable @next/next/no-img-element -- thumbnails are served by our API with auth cookies; next/image would proxy them */
import { cn } from "@/components/ui/cn";
import { BoxIcon } from "@/components/ui/icons";

/** A square cover photo (its thumbnail) or a neutral placeholder of the same size. */
export function AssetThumb({ coverPhotoId, className }: { coverPhotoId: string | null; className?: string }) {
  return (
    <div className={cn("grid shrink-0 place-items-center overflow-hidden rounded-xl bg-surface-2 text-muted", className)}>
      {coverPhotoId ? (
        <img src={`/api/attachments/${coverPhotoId}/thumbnail`} alt="" loading="lazy" decoding="async" className="size-full object-cover" />
      ) : (
        <BoxIcon className="size-1/3" />
      )}
    </div>
  );
}
