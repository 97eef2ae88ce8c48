/**
 * Test fixtures for integration tests: real rows in the file's own database,
 * created through the same use cases the app uses.
 */
import { randomBytes } from "node:crypto";
import { signUp } from "@/lib/accounts/sign-up";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { API_TOKEN_PREFIX } from "@/lib/api-tokens/token-prefix";
import { hashToken } from "@/lib/server/crypto/token-hash";
import { db } from "@/lib/server/db/client";
import type { Role } from "@/lib/server/db/generated/enums";

export interface TestMember {
  auth: AuthContext;
  email: string;
  password: string;
  /** A Bearer API token for this member in this household. */
  token: string;
  authorization: string;
}

const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.test`;

async function issueToken(userId: string, householdId: string): Promise<string> {
  const token = `${API_TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
  await db().apiToken.create({
    data: { userId, householdId, name: "test", tokenHash: hashToken(token), prefix: token.slice(0, 8) },
  });
  return token;
}

/** A new user who owns a new household. */
export async function createHouseholdOwner(label = "owner"): Promise<TestMember> {
  const email = uniqueEmail(label);
  const password = "correct horse battery staple";
  const { userId, householdId } = await signUp({ name: label, email, password });
  const token = await issueToken(userId, householdId);
  return { auth: { userId, householdId, role: "OWNER" }, email, password, token, authorization: `Bearer ${token}` };
}

/** A new user who joins an existing household with the given role. */
export async function addHouseholdMember(householdId: string, role: Role, label = role.toLowerCase()): Promise<TestMember> {
  const email = uniqueEmail(label);
  const password = "correct horse battery staple";
  const user = await db().user.create({
    data: { email, name: label, passwordHash: "x", activeHouseholdId: householdId, memberships: { create: { householdId, role } } },
  });
  const token = await issueToken(user.id, householdId);
  return { auth: { userId: user.id, householdId, role }, email, password, token, authorization: `Bearer ${token}` };
}

/** Calls a Next route handler directly, the way Next would, with a Bearer token. */
export async function callRoute<P extends Record<string, string>>(
  handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>,
  options: { method?: string; path?: string; authorization?: string; body?: unknown; params?: P; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const headers = new Headers(options.headers);
  if (options.authorization) headers.set("authorization", options.authorization);
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(options.body);
  }
  const request = new Request(`http://localhost:3000${options.path ?? "/"}`, { method: options.method ?? "GET", headers, body });
  const response = await handler(request, { params: Promise.resolve((options.params ?? {}) as P) });
  const text = await response.text();
  const contentType = response.headers.get("content-type") ?? "";
  return { status: response.status, headers: response.headers, body: contentType.includes("json") && text ? JSON.parse(text) : text };
}
