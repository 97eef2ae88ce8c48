/**
 * The VAPID key pair push messages are signed with. Given by env (VAPID_PUBLIC_KEY +
 * VAPID_PRIVATE_KEY), or else created on first use and kept in AppSecret, sealed, so
 * every web and worker process signs with the same pair and browsers' subscriptions
 * stay valid across restarts.
 */
import "server-only";
import webpush from "web-push";
import { mailConfig } from "@/lib/email/mail-config";
import { configFrom, type EnvRecord } from "@/lib/server/config/config";
import { openSecret, sealSecret } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/server/db/client";

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  /** The contact push services see: an https: URL or mailto: address. */
  subject: string;
}

const SECRET_NAME = "vapid";
const PURPOSE = "app-secret:vapid";

function subjectFromEnv(env: EnvRecord | undefined): string {
  const { VAPID_SUBJECT } = configFrom(env);
  if (VAPID_SUBJECT) return VAPID_SUBJECT;
  const appUrl = mailConfig(env).appUrl;
  return appUrl.startsWith("https://") && !appUrl.startsWith("https://localhost") ? appUrl : "mailto:notifications@dumbassets.invalid";
}

async function storedKeyPair(): Promise<{ publicKey: string; privateKey: string }> {
  const existing = await db().appSecret.findUnique({ where: { name: SECRET_NAME } });
  if (!existing) {
    const pair = webpush.generateVAPIDKeys();
    // Two processes may race on first use: one insert wins and both read it back.
    await db().appSecret.createMany({
      data: [{ name: SECRET_NAME, value: sealSecret(JSON.stringify(pair), PURPOSE) }],
      skipDuplicates: true,
    });
  }
  const row = existing ?? (await db().appSecret.findUniqueOrThrow({ where: { name: SECRET_NAME } }));
  return JSON.parse(openSecret(row.value, PURPOSE)) as { publicKey: string; privateKey: string };
}

const cache = new Map<string, Promise<VapidKeys>>();

/** The key pair of the given environment, else of this process's configuration (lib/server/config). */
export function vapidKeys(env?: EnvRecord): Promise<VapidKeys> {
  let c;
  try {
    c = configFrom(env);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const subject = subjectFromEnv(env);
  // The schema refuses one key without the other.
  if (c.VAPID_PUBLIC_KEY && c.VAPID_PRIVATE_KEY) {
    return Promise.resolve({ publicKey: c.VAPID_PUBLIC_KEY, privateKey: c.VAPID_PRIVATE_KEY, subject });
  }
  // Per database: tests give each file its own.
  const key = c.DATABASE_URL ?? "";
  let keys = cache.get(key);
  if (!keys) {
    keys = storedKeyPair().then((pair) => ({ ...pair, subject }));
    keys.catch(() => cache.delete(key));
    cache.set(key, keys);
  }
  return keys;
}
