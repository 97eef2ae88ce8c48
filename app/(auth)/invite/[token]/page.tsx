import type { Metadata } from "next";
import { InvitationLanding } from "@/components/invitations/invitation-landing";
import { getAccount } from "@/lib/accounts/get-account";
import { getInvitationByToken } from "@/lib/invitations/get-invitation-by-token";
import { currentAuth } from "@/lib/server/auth/page-auth";

// The URL holds the token: keep it out of search engines and out of Referer headers.
export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, auth] = await Promise.all([getInvitationByToken(token), currentAuth()]);
  const viewer = auth ? (await getAccount(auth)).user : null;
  return <InvitationLanding token={token} invitation={invitation} viewer={viewer ? { name: viewer.name, email: viewer.email } : null} />;
}
