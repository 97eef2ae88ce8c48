import { describe, expect, it } from "vitest";
import { validateRecurringDefinitions } from "@/lib/server/jobs/recurring";
import { jobHandlers } from "./handlers";
import { recurringJobs } from "./recurring";

describe("workers/recurring.ts", () => {
  it("declares valid, uniquely named schedules whose kinds all have handlers", () => {
    expect(() => validateRecurringDefinitions(recurringJobs)).not.toThrow();
    for (const definition of recurringJobs) expect(Object.keys(jobHandlers)).toContain(definition.kind);
    expect(recurringJobs.map((r) => r.name)).toContain("warranty-scan-daily");
  });
});
