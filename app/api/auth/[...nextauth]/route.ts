import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/auth-options";
import { limitedSignInRoute, type NextAuthParams } from "@/lib/server/api/sign-in-route";

export const dynamic = "force-dynamic";

type NextAuthContext = { params: Promise<NextAuthParams> };

function handler(request: Request, context: NextAuthContext): Promise<Response> {
  return NextAuth(request as never, context as never, authOptions()) as Promise<Response>;
}

/** Sign-in attempts (the credentials callback) are rate-limited; see lib/server/auth/sign-in-route.ts. */
const limited = limitedSignInRoute(handler);

export { handler as GET, limited as POST };
