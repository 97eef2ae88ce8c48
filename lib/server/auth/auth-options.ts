/**
 * next-auth configuration: email + password sign-in, JWT cookies that carry only
 * the id of a server-side session row (see lib/accounts/sessions.ts).
 */
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { serverEnv } from "@/lib/server/env";
import { createSession, revokeSession } from "@/lib/accounts/sessions";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";

export function authOptions(): NextAuthOptions {
  const env = serverEnv();
  return {
    secret: env.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_DAYS * 86_400 },
    useSecureCookies: env.APP_URL.startsWith("https://"),
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          // Guessing is limited around next-auth, by the route (lib/server/auth/sign-in-route.ts).
          const headers = new Headers(req.headers as Record<string, string> | undefined);
          const verified = await verifyCredentials(credentials);
          if (!verified) return null;
          const sessionId = await createSession(verified.userId, headers.get("user-agent"));
          return { id: verified.userId, sessionId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user && "sessionId" in user && typeof user.sessionId === "string") token.sid = user.sessionId;
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid);
      },
    },
  };
}

export function sessionCookieName(): string {
  return serverEnv().APP_URL.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}
