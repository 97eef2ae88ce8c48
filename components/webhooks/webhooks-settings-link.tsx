"use client";

import { useCan } from "@/components/app-shell/membership";
import { ButtonLink } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";

/** Settings' pointer to the webhooks page, for those who may manage webhooks. */
export function WebhooksSettingsLink() {
  const canManage = useCan("webhook:manage");
  if (!canManage) return null;
  return (
    <CardSection
      id="webhooks"
      title="Webhooks"
      description="Signed messages to your own services when assets and tasks change, with a delivery log."
    >
      <ButtonLink href="/settings/webhooks" variant="outline">
        Manage webhooks
      </ButtonLink>
    </CardSection>
  );
}
