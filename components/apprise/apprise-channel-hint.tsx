"use client";

import { useAppriseTargets } from "@/lib/client/hooks/apprise";
import { APPRISE_SECTION_ID } from "./apprise-section";

/**
 * Under the notification table: ticking Apprise does nothing for you until you have an
 * Apprise URL of your own, so say so, and point at where to add one.
 */
export function AppriseChannelHint() {
  const targets = useAppriseTargets();
  if (!targets.isSuccess || targets.data.some((t) => t.scope === "me")) return null;
  return (
    <p className="mt-2 text-xs text-muted">
      Apprise needs an Apprise URL of your own, and you have none yet.{" "}
      <a href={`#${APPRISE_SECTION_ID}-heading`} className="font-medium text-primary underline underline-offset-2">
        Add an Apprise URL
      </a>
    </p>
  );
}
