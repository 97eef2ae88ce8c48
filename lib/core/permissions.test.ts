import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, type Permission } from "@/lib/core/permissions";
import { requirePermission } from "@/lib/server/permissions";

describe("the permission table", () => {
  it("lets VIEWER read everything and write nothing but their own account and tokens", () => {
    const viewerWrites = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => !p.endsWith(":read") && can("VIEWER", p));
    expect(viewerWrites.sort()).toEqual(["account:manage", "household:create", "token:manage"]);
  });

  it("lets OWNER do everything", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) expect(can("OWNER", permission)).toBe(true);
  });

  it("throws FORBIDDEN for a missing permission", () => {
    expect(() => requirePermission("MEMBER", "member:manage")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
