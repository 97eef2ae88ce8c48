import { describe, expect, it } from "vitest";
import { notificationEmail } from "./notification";

describe("notification e-mail", () => {
  it("escapes the title and body, and links to the page", () => {
    const email = notificationEmail.render(
      { householdName: "Home & co", title: "Task <b>assigned</b>", body: "Clean the gutters", url: "/tasks/1" },
      { appUrl: "https://assets.example" },
    );
    expect(email.subject).toBe("Task <b>assigned</b> (Home & co)");
    expect(email.text).toContain("Clean the gutters");
    expect(email.text).toContain("Open: https://assets.example/tasks/1");
    expect(email.html).toContain('href="https://assets.example/tasks/1"');
    expect(email.html).toContain("Task &lt;b&gt;assigned&lt;/b&gt;");
    expect(email.html).not.toContain("<b>assigned");
  });

  it("leaves the link out when there is no page", () => {
    const email = notificationEmail.render({ householdName: "Home", title: "Hi", body: "", url: null }, { appUrl: "https://a.example" });
    expect(email.text).not.toContain("Open:");
    expect(email.html).not.toContain("href=");
  });

  it("refuses absolute URLs (links always point into the app)", () => {
    expect(notificationEmail.props.safeParse({ householdName: "H", title: "T", body: "", url: "https://evil.example" }).success).toBe(false);
  });
});
