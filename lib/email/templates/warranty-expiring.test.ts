import { describe, expect, it } from "vitest";
import { warrantyExpiringEmail } from "./warranty-expiring";

const context = { appUrl: "https://assets.example" };
const props = {
  householdName: "The <Smiths> & co",
  assetId: "0196b0a0-0000-7000-8000-000000000001",
  assetName: 'Fridge "XL" <script>alert(1)</script>',
  expiresOn: "2026-12-01",
  daysLeft: 7,
};
const link = `https://assets.example/assets/${props.assetId}`;

describe("warranty-expiring e-mail", () => {
  it("names the asset, the household and the date in the HTML, escaped, and links back to the asset", async () => {
    const email = await warrantyExpiringEmail.render(props, context);
    expect(email.subject).toBe('Warranty for Fridge "XL" <script>alert(1)</script> expires in 7 days');
    expect(email.html).toContain(`href="${link}"`);
    expect(email.html).toContain("<strong>The &lt;Smiths&gt; &amp; co</strong>");
    expect(email.html).toContain("<strong>Fridge &quot;XL&quot; &lt;script&gt;alert(1)&lt;/script&gt;</strong>");
    expect(email.html).toContain("<strong>2026-12-01</strong>");
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<Smiths>");
  });

  it("has a readable text part: the sentence, household, link URL and no markup", async () => {
    const { text } = await warrantyExpiringEmail.render({ ...props, householdName: "The Smiths", assetName: "Fridge" }, context);
    expect(text).toContain("Warranty expiring in 7 days");
    expect(text).toContain("The warranty for Fridge (The Smiths) expires in 7 days, on 2026-12-01.");
    expect(text).toContain(`Open Fridge ${link}`);
    expect(text).toContain("You get this because warranty reminders are on for this household");
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it("says today and tomorrow in words", async () => {
    expect((await warrantyExpiringEmail.render({ ...props, daysLeft: 0 }, context)).subject).toMatch(/expires today$/);
    expect((await warrantyExpiringEmail.render({ ...props, daysLeft: 1 }, context)).subject).toMatch(/expires tomorrow$/);
  });

  it("refuses props that do not fit", () => {
    expect(warrantyExpiringEmail.props.safeParse({ ...props, assetId: "nope" }).success).toBe(false);
    expect(warrantyExpiringEmail.props.safeParse({ ...props, expiresOn: "01/12/2026" }).success).toBe(false);
  });
});
