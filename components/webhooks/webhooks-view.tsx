"use client";

import { useState } from "react";
import { useWebhooks } from "@/lib/client/hooks/webhooks";
import type { TWebhookWithSecretOut } from "@/lib/webhooks/schemas";
import { useCan } from "@/components/app-shell/membership";
import { PageHeader } from "@/components/app-shell/page-header";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PlusIcon, ShieldIcon } from "@/components/ui/icons";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";
import { EventCatalogue } from "./event-catalogue";
import { SecretOnceDialog } from "./secret-once-dialog";
import { WebhookEndpointCard } from "./webhook-endpoint-card";
import { WebhookFormDialog } from "./webhook-form-dialog";

const DESCRIPTION = "Signed messages to your own services (home automation, scripts) when things happen in this household.";

export function WebhooksView() {
  const canManage = useCan("webhook:manage");
  return (
    <>
      <PageHeader title="Webhooks" description={DESCRIPTION} back={{ href: "/settings", label: "Settings" }} />
      {canManage ? (
        <ManageWebhooks />
      ) : (
        <EmptyState
          icon={<ShieldIcon />}
          title="Owners and admins only"
          description="Ask an owner or admin of this household to set up webhooks."
        />
      )}
    </>
  );
}

function ManageWebhooks() {
  const webhooks = useWebhooks();
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<TWebhookWithSecretOut | null>(null);
  const addButton = (
    <Button onClick={() => setAdding(true)}>
      <PlusIcon className="size-4" />
      Add webhook
    </Button>
  );

  return (
    // One column: the delivery log's table needs the width.
    <div className="flex flex-col gap-6">
      <section aria-labelledby="webhook-endpoints-heading" className="flex min-w-0 flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="webhook-endpoints-heading" className="text-lg font-semibold">
            Endpoints
          </h2>
          {webhooks.data && webhooks.data.length > 0 ? addButton : null}
        </div>
        {webhooks.isPending ? (
          <LoadingBlock label="Loading webhooks">
            <Card className="flex flex-col gap-3 p-5">
              <Skeleton className="h-5 w-2/3" />
              <Skeleton className="h-4 w-1/3" />
            </Card>
          </LoadingBlock>
        ) : webhooks.isError ? (
          <QueryErrorAlert title="Webhooks could not be loaded" query={webhooks} />
        ) : webhooks.data.length === 0 ? (
          <EmptyState
            icon={<ShieldIcon />}
            title="No webhooks yet"
            description="Add a URL and choose events: each message is signed, so your receiver can tell it came from here."
            action={addButton}
          />
        ) : (
          <ul aria-label="Webhook endpoints" className="flex flex-col gap-4">
            {webhooks.data.map((endpoint) => (
              <li key={endpoint.id}>
                <WebhookEndpointCard endpoint={endpoint} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <EventCatalogue />
      {adding ? <WebhookFormDialog onClose={() => setAdding(false)} onCreated={setCreated} /> : null}
      {created ? <SecretOnceDialog endpoint={created} reason="created" onClose={() => setCreated(null)} /> : null}
    </div>
  );
}
