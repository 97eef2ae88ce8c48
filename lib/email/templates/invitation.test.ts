import { beforeEach, describe, expect, it, vi } from "vitest";
import { sealInvitationToken } from "@/lib/email/invitation-link";
import { invitationEmail } from "./invitation";

const context = { appUrl: "https://assets.example" };
const token = "inv_abcDEF123-_xyz";

beforeEach(() => {
  vi.stubEnv("AUTH_SECRET", "unit-test-secret-0123456789abcdef0123");
});

const props = () => ({
  householdName: "Home & co",
  inviterName: "Ada <Lovelace>",
  role: "MEMBER" as const,
  expiresAt: "2026-12-01T18:00:00.000Z",
  sealedToken: sealInvitationToken(token),
});

describe("invitation e-mail", () => {
  it("opens the sealed token into an absolute landing link, with names escaped", async () => {
    const email = await invitationEmail.render(props(), context);
    expect(email.subject).toBe("You're invited to Home & co on DumbAssets");
    expect(email.html).toContain(`href="https://assets.example/invite/${token}"`);
    expect(email.html).toContain("Ada &lt;Lovelace&gt;");
    expect(email.html).not.toContain("<Lovelace>");
  });

  it("has a text part with who, where, which role, until when, and the link", async () => {
    const { text } = await invitationEmail.render({ ...props(), inviterName: "Ada" }, context);
    expect(text).toContain("Ada invited you to join Home & co on DumbAssets as a member (adds and edits assets and tasks).");
    expect(text).toContain("The link works once, until December 1, 2026.");
    expect(text).toContain(`Accept the invitation https://assets.example/invite/${token}`);
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it("refuses an owner role and fails to render a token sealed for something else", async () => {
    expect(invitationEmail.props.safeParse({ ...props(), role: "OWNER" }).success).toBe(false);
    await expect(invitationEmail.render({ ...props(), sealedToken: token }, context)).rejects.toThrow("Not a sealed secret");
  });
});
