import { ButtonLink } from "@/components/ui/button";
import { SearchIcon } from "@/components/ui/icons";

export function NotFoundContent() {
  return (
    <div className="flex max-w-md flex-col items-center gap-4 text-center">
      <div className="rounded-full bg-surface-2 p-4 text-muted">
        <SearchIcon className="size-8" />
      </div>
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-sm text-muted">This page does not exist, or it belongs to a household you are not part of.</p>
      <div className="flex flex-wrap justify-center gap-2">
        <ButtonLink href="/dashboard">Go to the dashboard</ButtonLink>
        <ButtonLink href="/assets" variant="outline">
          Browse assets
        </ButtonLink>
      </div>
    </div>
  );
}
