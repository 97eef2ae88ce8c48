/**
 * The browser's side of Web Push, for tests (not imported by the app): a subscriber key
 * pair, RFC 8291 aes128gcm decryption, and the VAPID (RFC 8292) JWT check a push
 * service performs.
 */
import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify, type ECDH } from "node:crypto";

export interface TestSubscriber {
  ecdh: ECDH;
  authSecret: Buffer;
  /** As the browser's subscription.toJSON().keys gives them. */
  keys: { p256dh: string; auth: string };
}

export function createTestSubscriber(): TestSubscriber {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const authSecret = randomBytes(16);
  return { ecdh, authSecret, keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: authSecret.toString("base64url") } };
}

const hkdf = (ikm: Buffer, salt: Buffer, info: Buffer | string, length: number) => Buffer.from(hkdfSync("sha256", ikm, salt, info, length));

/** Decrypts a single-record aes128gcm message body (RFC 8188 framing, RFC 8291 keys). */
export function decryptPushMessage(body: Buffer, subscriber: TestSubscriber): Buffer {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20] ?? 0;
  const senderPublicKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  if (record.length > recordSize) throw new Error("more than one record");

  const sharedSecret = subscriber.ecdh.computeSecret(senderPublicKey);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), subscriber.ecdh.getPublicKey(), senderPublicKey]);
  const ikm = hkdf(sharedSecret, subscriber.authSecret, keyInfo, 32);
  const contentKey = hkdf(ikm, salt, "Content-Encoding: aes128gcm\0", 16);
  const nonce = hkdf(ikm, salt, "Content-Encoding: nonce\0", 12);

  const decipher = createDecipheriv("aes-128-gcm", contentKey, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("missing the last-record delimiter");
  return padded.subarray(0, end);
}

/** Parses `vapid t=<jwt>, k=<key>` and checks the ES256 signature with k; returns the JWT claims. */
export function verifyVapidAuthorization(header: string): { publicKey: string; claims: { aud: string; exp: number; sub: string } } {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header);
  if (!match?.[1] || !match[2]) throw new Error(`not a VAPID authorization: ${header}`);
  const [head, payload, signature] = match[1].split(".") as [string, string, string];
  const point = Buffer.from(match[2], "base64url");
  const key = createPublicKey({
    key: { kty: "EC", crv: "P-256", x: point.subarray(1, 33).toString("base64url"), y: point.subarray(33, 65).toString("base64url") },
    format: "jwk",
  });
  if (!verify("sha256", Buffer.from(`${head}.${payload}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(signature, "base64url"))) {
    throw new Error("VAPID signature does not verify");
  }
  return {
    publicKey: match[2],
    claims: JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { aud: string; exp: number; sub: string },
  };
}
