/**
 * Web Push for end-to-end tests, where the browser cannot reach a real push service:
 * Debian's headless Chromium has no Google push service (GCM) to register with, so
 * PushManager.subscribe never completes. Instead:
 * - `startPushService` is a loopback push service: it keeps every message the app's
 *   worker POSTs to it and decrypts it with keys only the "browser" (this test) holds;
 * - `stubPushManager` makes PushManager hand the page a subscription to that service,
 *   so the app's own "push on this device" flow saves it like a real one;
 * - `deliverPush` hands a received message to the page's real service worker through
 *   the DevTools protocol, as the push service would have;
 * - `clickNotification` taps the notification the service worker showed.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserContext, Page, Worker } from "@playwright/test";
import { createTestSubscriber, decryptPushMessage, verifyVapidAuthorization } from "../../lib/notifications/push-test-support";

export interface ReceivedPush {
  /** The decrypted payload, as the service worker's `event.data.text()` would give it. */
  text: string;
  /** The VAPID public key the sender signed with (`k=` of the Authorization header). */
  vapidKey: string;
  vapidAudience: string;
  ttl: string | undefined;
  urgency: string | undefined;
}

export interface PushService {
  /** What `PushSubscription.toJSON()` gives for the one subscription this service serves. */
  subscription: { endpoint: string; expirationTime: null; keys: { p256dh: string; auth: string } };
  received: ReceivedPush[];
  /** Why each message that was not accepted (bad signature, undecryptable) was refused. */
  refused: string[];
  close(): Promise<void>;
}

export async function startPushService(): Promise<PushService> {
  const subscriber = createTestSubscriber();
  const received: ReceivedPush[] = [];
  const refused: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      try {
        // A push service checks the sender's VAPID signature before accepting a message.
        const vapid = verifyVapidAuthorization(req.headers.authorization ?? "");
        received.push({
          text: decryptPushMessage(Buffer.concat(chunks), subscriber).toString("utf8"),
          vapidKey: vapid.publicKey,
          vapidAudience: vapid.claims.aud,
          ttl: req.headers.ttl as string | undefined,
          urgency: req.headers.urgency as string | undefined,
        });
        res.writeHead(201).end();
      } catch (error) {
        refused.push(error instanceof Error ? error.message : String(error));
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    subscription: { endpoint: `http://127.0.0.1:${port}/push/e2e-device`, expirationTime: null, keys: subscriber.keys },
    received,
    refused,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const SUBSCRIBED_KEY = "e2e-push-subscription";

/**
 * Replaces PushManager's subscribe/getSubscription in every page of the context with
 * ones answering `subscription`. The subscription lives in localStorage (as the
 * browser's own would outlive a reload), with the applicationServerKey the page asked
 * for: `subscribedServerKey` reads it back, to check it is the key the server signs with.
 */
export async function stubPushManager(context: BrowserContext, subscription: PushService["subscription"]): Promise<void> {
  await context.addInitScript(
    ({ json, storageKey }) => {
      const toBase64Url = (bytes: Uint8Array) =>
        btoa(String.fromCharCode(...bytes))
          .replace(/\+/g, "-")
          .replace(/\//g, "_")
          .replace(/=+$/, "");
      const fromBase64Url = (text: string) =>
        Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)).buffer;
      const subscriptionObject = (serverKey: string) => ({
        endpoint: json.endpoint,
        expirationTime: null,
        options: { userVisibleOnly: true, applicationServerKey: fromBase64Url(serverKey) },
        getKey: (name: "p256dh" | "auth") => fromBase64Url(json.keys[name]),
        toJSON: () => json,
        unsubscribe: async () => {
          localStorage.removeItem(storageKey);
          return true;
        },
      });
      PushManager.prototype.getSubscription = async function getSubscription() {
        const serverKey = localStorage.getItem(storageKey);
        return (serverKey === null ? null : subscriptionObject(serverKey)) as unknown as PushSubscription | null;
      };
      PushManager.prototype.subscribe = async function subscribe(options?: PushSubscriptionOptionsInit) {
        const key = options?.applicationServerKey;
        if (!options?.userVisibleOnly || !(key instanceof Uint8Array))
          throw new DOMException("userVisibleOnly and an applicationServerKey are required", "NotSupportedError");
        localStorage.setItem(storageKey, toBase64Url(key));
        return subscriptionObject(toBase64Url(key)) as unknown as PushSubscription;
      };
    },
    { json: subscription, storageKey: SUBSCRIBED_KEY },
  );
}

/** The applicationServerKey (base64url) the page subscribed with; null when it has not. */
export function subscribedServerKey(page: Page): Promise<string | null> {
  return page.evaluate((storageKey) => localStorage.getItem(storageKey), SUBSCRIBED_KEY);
}

/** Delivers `data` to the service worker registered for the page's origin, as a push service would. */
export async function deliverPush(page: Page, data: string): Promise<void> {
  const origin = new URL(page.url()).origin;
  const cdp = await page.context().newCDPSession(page);
  try {
    const registrationId = new Promise<string>((resolve) => {
      cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
        const ours = registrations.find((r) => !r.isDeleted && r.scopeURL === `${origin}/`);
        if (ours) resolve(ours.registrationId);
      });
    });
    await cdp.send("ServiceWorker.enable");
    await cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId: await registrationId, data });
  } finally {
    await cdp.detach();
  }
}

export interface ShownNotification {
  title: string;
  body: string;
  tag: string;
  data: { url?: string } | null;
}

/** The notifications the page's service worker registration is showing. */
export function shownNotifications(page: Page): Promise<ShownNotification[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((n) => ({
      title: n.title,
      body: n.body,
      tag: n.tag,
      data: n.data as ShownNotification["data"],
    }));
  });
}

/**
 * Taps the service worker's (only) notification: dispatches `notificationclick` in the
 * service worker and waits for the promise its handler gave to waitUntil.
 *
 * There is no DevTools command to click a notification, so the event is built in the
 * worker; a script-built event is untrusted, so the browser would refuse two things it
 * allows only during a real tap: waitUntil (replaced on this event to collect the
 * promise) and WindowClient.focus (answered with the window itself for the duration).
 * Everything else the handler does (matchAll, navigate, openWindow) is the browser's own.
 */
export function clickNotification(serviceWorker: Worker): Promise<void> {
  return serviceWorker.evaluate(async () => {
    interface ClickScope {
      registration: ServiceWorkerRegistration;
      dispatchEvent(event: Event): boolean;
      NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
      WindowClient: { prototype: { focus(): Promise<unknown> } };
    }
    const scope = self as unknown as ClickScope;
    const notifications = await scope.registration.getNotifications();
    if (notifications.length !== 1) throw new Error(`expected one notification to click, found ${notifications.length}`);
    const event = new scope.NotificationEvent("notificationclick", { notification: notifications[0] as Notification });
    const extended: Promise<unknown>[] = [];
    Object.defineProperty(event, "waitUntil", { value: (promise: Promise<unknown>) => extended.push(promise) });
    const focus = scope.WindowClient.prototype.focus;
    scope.WindowClient.prototype.focus = function focusAsIfTapped() {
      return Promise.resolve(this);
    };
    try {
      scope.dispatchEvent(event);
      if (extended.length === 0) throw new Error("the notificationclick handler did not call waitUntil");
      await Promise.all(extended);
    } finally {
      scope.WindowClient.prototype.focus = focus;
    }
  });
}
