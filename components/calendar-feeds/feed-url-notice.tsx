"use client";

import { useMemo, useState } from "react";
import { encode } from "uqr";
import type { TCalendarFeedWithUrl } from "@/lib/client/types";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CheckIcon, CopyIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { googleCalendarAddUrl, qrModulesPath, webcalUrl } from "./feed-links";

/** A QR code of the URL as inline SVG, for subscribing on a phone by pointing its camera at the screen. */
export function QrCode({ value, label }: { value: string; label: string }) {
  const { path, size } = useMemo(() => {
    const qr = encode(value, { ecc: "M", border: 0 });
    return { path: qrModulesPath(qr.data), size: qr.size };
  }, [value]);
  const quiet = 4;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${size + 2 * quiet} ${size + 2 * quiet}`}
      className="size-44 shrink-0 rounded-lg bg-white"
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={size + 2 * quiet} height={size + 2 * quiet} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** The feed's secret URL, shown once after create or rotate: copy, subscribe link, QR code. */
export function FeedUrlNotice({ feed, rotated, onDone }: { feed: TCalendarFeedWithUrl; rotated: boolean; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const webcal = webcalUrl(feed.url);
  const google = googleCalendarAddUrl(feed.url);
  return (
    <div role="status" className="mt-4 flex flex-col gap-3 rounded-xl border border-success/40 bg-success-soft p-4">
      <p className="text-sm font-medium">
        {rotated ? `New address for “${feed.name}”: the old one has stopped working.` : `Feed “${feed.name}” created.`} Subscribe now or
        copy the address: it will not be shown again.
      </p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Field label="Feed address" labelHidden className="flex-1">
          <Input readOnly value={feed.url} className="font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        </Field>
        <Button
          variant="outline"
          onClick={() => {
            void navigator.clipboard
              ?.writeText(feed.url)
              .then(() => setCopied(true))
              .catch(() => setCopied(false));
          }}
        >
          {copied ? <CheckIcon className="size-4" /> : <CopyIcon className="size-4" />}
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <div className="flex flex-col items-start gap-4 sm:flex-row">
        <QrCode value={feed.url} label={`QR code of the address of “${feed.name}”`} />
        <div className="flex min-w-0 flex-col gap-2 text-sm">
          <p className="text-muted">On a phone: scan the code with the camera, or open the subscribe link there.</p>
          {webcal ? (
            <a href={webcal} className="font-medium text-primary underline-offset-2 hover:underline">
              Subscribe in your calendar app
            </a>
          ) : null}
          {google ? (
            <a
              href={google}
              target="_blank"
              rel="noopener noreferrer"
              className="font-medium text-primary underline-offset-2 hover:underline"
            >
              Add to Google Calendar
            </a>
          ) : null}
        </div>
      </div>
      <div>
        <Button variant="ghost" size="sm" onClick={onDone}>
          I have subscribed
        </Button>
      </div>
    </div>
  );
}
