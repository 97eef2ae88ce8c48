import { WEBHOOK_EVENT_CATALOGUE, WEBHOOK_EVENT_GROUPS, exampleWebhookBody, webhookEventTypesIn } from "@/lib/webhooks/event-types";
import { CardSection } from "@/components/ui/card";
import { InlineCodeText } from "./inline-code-text";

/** The reference of every event type with an example message, from the same catalogue docs/webhooks.md is written from. */
export function EventCatalogue() {
  return (
    <CardSection
      id="webhook-events"
      title="Events"
      description="Each message is a JSON object { type, timestamp, data }, signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature headers)."
    >
      <div className="flex flex-col gap-4">
        {WEBHOOK_EVENT_GROUPS.map((group) => (
          <div key={group}>
            <h3 className="text-xs font-medium tracking-wide text-muted uppercase">{group}</h3>
            <ul className="mt-1 divide-y divide-border">
              {webhookEventTypesIn(group).map((type) => (
                <li key={type} className="py-2">
                  <details>
                    <summary className="cursor-pointer rounded focus-visible:outline-2 focus-visible:outline-ring">
                      <code className="font-mono text-sm font-medium">{type}</code>
                      <span className="mt-0.5 block text-sm text-muted">
                        <InlineCodeText text={WEBHOOK_EVENT_CATALOGUE[type].description} />
                      </span>
                    </summary>
                    <pre aria-label={`Example ${type} message`} className="mt-2 overflow-x-auto rounded-lg bg-surface-2 p-3 text-xs">
                      {exampleWebhookBody(type)}
                    </pre>
                  </details>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </CardSection>
  );
}
