"use client";

import { useEffect, useState } from "react";
import { errorMessage } from "@/lib/client/api";
import { deletePushSubscription, fetchVapidPublicKey, savePushSubscription } from "@/lib/client/hooks/notifications";
import type { TPushSubscriptionIn } from "@/lib/notifications/schemas";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";

type PushState = "checking" | "unsupported" | "blocked" | "off" | "on";

const SERVICE_WORKER_URL = "/sw.js";

function pushSupported(): boolean {
  return typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

/** PushManager.subscribe wants the VAPID key as raw bytes; the server hands out base64url. */
function base64UrlToBytes(base64Url: string): Uint8Array<ArrayBuffer> {
  const base64 = (base64Url + "=".repeat((4 - (base64Url.length % 4)) % 4)).replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toSubscriptionIn(subscription: PushSubscription): TPushSubscriptionIn {
  const json = subscription.toJSON();
  const p256dh = json.keys?.p256dh;
  const auth = json.keys?.auth;
  if (!json.endpoint || !p256dh || !auth) throw new Error("This browser gave an incomplete push subscription.");
  return { endpoint: json.endpoint, expirationTime: json.expirationTime ?? null, keys: { p256dh, auth } };
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration(SERVICE_WORKER_URL);
  return (await registration?.pushManager.getSubscription()) ?? null;
}

async function detectState(): Promise<PushState> {
  if (!pushSupported()) return "unsupported";
  if (Notification.permission === "denied") return "blocked";
  return (await currentSubscription()) ? "on" : "off";
}

/** Web Push is per browser: this turns it on or off for the device in hand only. */
export function PushOnThisDevice() {
  const { toast } = useToast();
  const [state, setState] = useState<PushState>("checking");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void detectState()
      .catch((): PushState => "off")
      .then((next) => {
        if (!cancelled) setState(next);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  async function turnOn() {
    setBusy(true);
    try {
      await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/" });
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        setState(permission === "denied" ? "blocked" : "off");
        if (permission !== "denied") toast("Push stays off: the browser did not get permission.", "info");
        return;
      }
      const { publicKey } = await fetchVapidPublicKey();
      const ready = await navigator.serviceWorker.ready;
      const subscription =
        (await ready.pushManager.getSubscription()) ??
        (await ready.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(publicKey) }));
      await savePushSubscription(toSubscriptionIn(subscription));
      setState("on");
      toast("Push notifications are on for this device.");
    } catch (error) {
      toast(errorMessage(error), "error");
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    try {
      const subscription = await currentSubscription();
      if (subscription) {
        // Tell the server first: a failed DELETE leaves the browser subscribed, so trying again still works.
        await deletePushSubscription(subscription.endpoint);
        await subscription.unsubscribe();
      }
      setState("off");
      toast("Push notifications are off for this device.");
    } catch (error) {
      toast(errorMessage(error), "error");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <div>
        <h3 className="flex flex-wrap items-center gap-2 text-sm font-semibold">
          Push on this device
          {state === "on" ? <Badge tone="success">On</Badge> : null}
          {state === "blocked" ? <Badge tone="danger">Blocked</Badge> : null}
          {state === "unsupported" ? <Badge>Not supported</Badge> : null}
        </h3>
        <p role="status" className="text-sm text-muted">
          {state === "checking" ? "Checking this browser…" : null}
          {state === "unsupported"
            ? "This browser cannot receive push notifications. On iPhone and iPad, add the app to the home screen first."
            : null}
          {state === "blocked" ? "Notifications are blocked for this site. Allow them in the browser's site settings, then reload." : null}
          {state === "off" ? "Get alerts on this device even when the app is closed. The Push column above chooses which." : null}
          {state === "on" ? "This device receives push notifications for the types ticked under Push." : null}
        </p>
      </div>
      {state === "off" ? (
        <div>
          <Button variant="outline" loading={busy} onClick={() => void turnOn()}>
            Turn on push notifications on this device
          </Button>
        </div>
      ) : null}
      {state === "on" ? (
        <div>
          <Button variant="outline" loading={busy} onClick={() => void turnOff()}>
            Turn off push notifications on this device
          </Button>
        </div>
      ) : null}
    </div>
  );
}
