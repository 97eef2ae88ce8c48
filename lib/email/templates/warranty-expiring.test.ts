import { describe, expect, it } from "vitest";
import { warrantyExpiringEmail } from "./warranty-expiring";

const props = {
  householdName: "The <Smiths> & co",
  assetId: "0196b0a0-0000-7000-8000-000000000001",
  assetName: 'Fridge "XL"',
  expiresOn: "2026-12-01",
  daysLeft: 7,
};

describe("warranty-expiring e-mail", () => {
  it("names the asset, the household and the date, and links back to the asset", () => {
    const email = warrantyExpiringEmail.render(props, { appUrl: "https://assets.example" });
    expect(email.subject).toBe('Warranty for Fridge "XL" expires in 7 days');
    expect(email.text).toContain('The warranty for Fridge "XL" (The <Smiths> & co) expires in 7 days, on 2026-12-01.');
    expect(email.text).toContain(`https://assets.example/assets/${props.assetId}`);
    expect(email.html).toContain(`href="https://assets.example/assets/${props.assetId}"`);
    expect(email.html).toContain("The &lt;Smiths&gt; &amp; co");
    expect(email.html).toContain("Fridge &quot;XL&quot;");
    expect(email.html).not.toContain("<Smiths>");
  });

  it("says today and tomorrow in words", () => {
    expect(warrantyExpiringEmail.render({ ...props, daysLeft: 0 }, { appUrl: "x" }).subject).toMatch(/expires today$/);
    expect(warrantyExpiringEmail.render({ ...props, daysLeft: 1 }, { appUrl: "x" }).subject).toMatch(/expires tomorrow$/);
  });

  it("refuses props that do not fit", () => {
    expect(warrantyExpiringEmail.props.safeParse({ ...props, assetId: "nope" }).success).toBe(false);
    expect(warrantyExpiringEmail.props.safeParse({ ...props, expiresOn: "01/12/2026" }).success).toBe(false);
  });
});
