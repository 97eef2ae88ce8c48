/** Auth for server components and layouts: the session cookie, or a redirect to sign in. */
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { AuthContext } from "./auth-context";
import { sessionCookieName } from "./auth-options";
import { authFromSessionId, sessionIdFromCookie } from "./resolve-auth";

export async function currentAuth(): Promise<AuthContext | null> {
  const cookieStore = await cookies();
  return authFromSessionId(await sessionIdFromCookie(cookieStore.get(sessionCookieName())?.value));
}

export async function requirePageAuth(): Promise<AuthContext> {
  const auth = await currentAuth();
  if (!auth) redirect("/sign-in");
  return auth;
}
