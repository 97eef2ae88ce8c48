import path from "node:path";
import { describe, expect, it } from "vitest";
import { folderCycles, layerViolations, libImportEdges, type ImportEdge } from "./layers";

const root = path.resolve(__dirname, "../..");
const edge = (from: string, to: string): ImportEdge => ({ from, to, file: `lib/${from}/x.ts`, specifier: `@/lib/${to}/y` });

describe("the layers of lib/", () => {
  it("hold in the code: every import points down, and no folders import each other in a circle", () => {
    const edges = libImportEdges(root);
    expect(edges.length).toBeGreaterThan(100);
    expect(layerViolations(edges)).toEqual([]);
  }, 60_000);

  it("refuse a backwards import, a folder with no layer and an import of app code", () => {
    expect(layerViolations([edge("server/db", "assets")])).toEqual([
      "lib/server/db/x.ts imports @/lib/assets/y: infrastructure may not depend on domains",
    ]);
    expect(layerViolations([edge("notifications", "tasks")])).toEqual([
      "lib/notifications/x.ts imports @/lib/tasks/y: channels may not depend on domains",
    ]);
    expect(layerViolations([edge("gadgets", "core")])[0]).toContain("lib/gadgets has no layer");
    expect(layerViolations([{ from: "assets", to: "components", file: "lib/assets/x.ts", specifier: "@/components/ui/button" }])).toEqual([
      "lib/assets/x.ts imports @/components/ui/button: lib/ never imports app/, components/ or workers/",
    ]);
  });

  it("find a cycle between folders of the same layer", () => {
    expect(folderCycles([edge("assets", "locations"), edge("locations", "tags"), edge("tags", "assets"), edge("assets", "core")])).toEqual([
      ["assets", "locations", "tags", "assets"],
    ]);
    expect(layerViolations([edge("tasks", "schedules"), edge("schedules", "tasks")])).toEqual([
      "import cycle between folders: schedules → tasks → schedules",
    ]);
  });
});
