import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/auth-options";

export const dynamic = "force-dynamic";

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: NextAuthContext): Promise<Response> {
  return NextAuth(request as never, context as never, authOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
