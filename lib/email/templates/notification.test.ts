import { describe, expect, it } from "vitest";
import { notificationEmail } from "./notification";

const context = { appUrl: "https://assets.example" };
const props = {
  householdName: "Home & co",
  title: "Task <script>alert(1)</script>",
  body: "Clean the gutters\nand the drains",
  url: "/tasks/1",
};

describe("notification e-mail", () => {
  it("puts the title, household and an absolute link in the HTML, with user text escaped", async () => {
    const email = await notificationEmail.render(props, context);
    expect(email.subject).toBe("Task <script>alert(1)</script> (Home & co)");
    expect(email.html).toContain('href="https://assets.example/tasks/1"');
    expect(email.html).toContain("Home &amp; co");
    expect(email.html).toContain("Task &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("Clean the gutters<br/>and the drains");
  });

  it("has a readable text part: title, body lines, household, link URL and no markup", async () => {
    const { text } = await notificationEmail.render({ ...props, title: "Task assigned" }, context);
    expect(text).toContain("Task assigned");
    expect(text).toContain("Clean the gutters\nand the drains");
    expect(text).toContain("Home & co");
    expect(text).toContain("Open in DumbAssets https://assets.example/tasks/1");
    expect(text).toContain("You get this because e-mail is on for this kind of notification");
    expect(text).toContain("https://assets.example/settings");
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it("leaves the link out when there is no page", async () => {
    const email = await notificationEmail.render({ householdName: "Home", title: "Hi", body: "", url: null }, context);
    expect(email.text).not.toContain("Open in DumbAssets");
    expect(email.html).not.toContain('href="https://assets.example/tasks');
    expect(email.html).not.toContain("Open in DumbAssets");
  });

  it("refuses absolute URLs (links always point into the app)", () => {
    expect(notificationEmail.props.safeParse({ householdName: "H", title: "T", body: "", url: "https://evil.example" }).success).toBe(
      false,
    );
  });
});
