/**
 * Secrets the app must read back later (webhook signing secrets, OAuth tokens) are
 * sealed with AES-256-GCM under a key derived from AUTH_SECRET by HKDF-SHA256.
 *
 * Sealed form: `sb1.<key id>.<iv>.<ciphertext+tag>` (base64url parts). The key id is a
 * fingerprint of the key, so after AUTH_SECRET changes, values sealed under the old one
 * still open as long as it is listed in SECRET_BOX_PREVIOUS_SECRETS; sealing always uses
 * the current key. `purpose` is bound in as associated data, so a value sealed for one
 * use cannot be passed off as another's.
 */
import "server-only";
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { configFrom, requireSettings, type EnvRecord } from "../config/config";

const VERSION = "sb1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SecretBoxKey {
  id: string;
  key: Buffer;
}

export interface SecretBoxKeyring {
  current: SecretBoxKey;
  /** Keys that may still open older values. */
  previous: readonly SecretBoxKey[];
}

export function deriveSecretBoxKey(rootSecret: string): SecretBoxKey {
  const key = Buffer.from(hkdfSync("sha256", rootSecret, "dumbassets", "secret-box v1 aes-256-gcm", 32));
  const id = createHash("sha256").update(key).digest().subarray(0, 6).toString("base64url");
  return { id, key };
}

/** HKDF per seal/open showed up in webhook delivery profiles; the configuration rarely changes, so keep the last keyring. */
let lastKeyring: { cacheKey: string; keyring: SecretBoxKeyring } | undefined;

/** The keyring of AUTH_SECRET and SECRET_BOX_PREVIOUS_SECRETS (the given environment's, else this process's configuration). */
export function secretBoxKeyring(env?: EnvRecord): SecretBoxKeyring {
  const { AUTH_SECRET, SECRET_BOX_PREVIOUS_SECRETS } = requireSettings(configFrom(env), ["AUTH_SECRET"]);
  const cacheKey = `${AUTH_SECRET}\u0000${SECRET_BOX_PREVIOUS_SECRETS.join(",")}`;
  if (lastKeyring?.cacheKey === cacheKey) return lastKeyring.keyring;
  const keyring = { current: deriveSecretBoxKey(AUTH_SECRET), previous: SECRET_BOX_PREVIOUS_SECRETS.map(deriveSecretBoxKey) };
  lastKeyring = { cacheKey, keyring };
  return keyring;
}

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretBoxError";
  }
}

export function sealSecret(plaintext: string, purpose: string, keyring: SecretBoxKeyring = secretBoxKeyring()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyring.current.key, iv);
  cipher.setAAD(Buffer.from(purpose));
  const sealed = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return [VERSION, keyring.current.id, iv.toString("base64url"), sealed.toString("base64url")].join(".");
}

export function openSecret(sealed: string, purpose: string, keyring: SecretBoxKeyring = secretBoxKeyring()): string {
  const [version, keyId, ivText, bodyText, extra] = sealed.split(".");
  if (version !== VERSION || !keyId || !ivText || !bodyText || extra !== undefined) throw new SecretBoxError("Not a sealed secret");
  const entry = [keyring.current, ...keyring.previous].find((k) => k.id === keyId);
  if (!entry) throw new SecretBoxError("Sealed with a key that is no longer configured");
  const iv = Buffer.from(ivText, "base64url");
  const body = Buffer.from(bodyText, "base64url");
  if (iv.length !== IV_BYTES || body.length < TAG_BYTES) throw new SecretBoxError("Not a sealed secret");
  try {
    const decipher = createDecipheriv("aes-256-gcm", entry.key, iv);
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretBoxError("The sealed secret does not open: damaged, or sealed for another purpose");
  }
}

/** True when `sealed` was sealed under an older key and should be sealed again. */
export function needsReseal(sealed: string, keyring: SecretBoxKeyring = secretBoxKeyring()): boolean {
  return sealed.split(".")[1] !== keyring.current.id;
}
