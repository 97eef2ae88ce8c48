import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell/app-shell";
import { MembershipProvider } from "@/components/app-shell/membership";
import { requirePageAuth } from "@/lib/server/auth/page-auth";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const auth = await requirePageAuth();
  return (
    <MembershipProvider value={{ userId: auth.userId, householdId: auth.householdId, role: auth.role }}>
      <AppShell>{children}</AppShell>
    </MembershipProvider>
  );
}
