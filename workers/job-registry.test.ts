import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { sendPushJob } from "@/lib/notifications/jobs";
import { enqueueJob } from "@/lib/server/jobs/enqueue-job";
import type { JobDefinition } from "@/lib/server/jobs/job-definition";
import { boundJobHandlers, jobHandlers } from "./handlers";
import { recurringJobs } from "./recurring";

const libDir = path.resolve(__dirname, "../lib");

/** Every `lib/**\/jobs.ts`: where job definitions live. */
function definitionFiles(dir = libDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : definitionFiles(full);
    return entry.name === "jobs.ts" ? [full] : [];
  });
}

function isDefinition(value: unknown): value is JobDefinition {
  return (
    typeof value === "object" &&
    value !== null &&
    "kind" in value &&
    "payload" in value &&
    (value as { payload: unknown }).payload instanceof z.ZodType
  );
}

async function allDefinitions(): Promise<JobDefinition[]> {
  const modules = await Promise.all(definitionFiles().map((file) => import(file) as Promise<Record<string, unknown>>));
  return modules.flatMap((exported) => Object.values(exported).filter(isDefinition));
}

describe("the job registry", () => {
  it("binds every job definition to exactly one handler, and nothing else", async () => {
    const definitions = await allDefinitions();
    expect(definitions.length).toBeGreaterThan(5);
    const kinds = definitions.map((definition) => definition.kind);
    expect(new Set(kinds).size, "two definitions share a kind").toBe(kinds.length);
    expect(Object.keys(jobHandlers).sort()).toEqual([...kinds].sort());
    for (const handler of boundJobHandlers) expect(definitions).toContain(handler.definition);
  });

  it("runs every recurring job's kind", () => {
    for (const recurring of recurringJobs) expect(Object.keys(jobHandlers)).toContain(recurring.kind);
  });

  it("refuses to enqueue a payload its definition does not accept, before any query", async () => {
    const transaction = new Proxy(
      {},
      {
        get: () => {
          throw new Error("no query may run");
        },
      },
    ) as Parameters<typeof enqueueJob>[0];
    await expect(enqueueJob(transaction, sendPushJob, { notificationId: "not-a-uuid" })).rejects.toThrow(
      /send-push: the payload does not fit/,
    );
    // @ts-expect-error: the payload's type comes from the definition, so a wrong shape does not compile either.
    await expect(enqueueJob(transaction, sendPushJob, { notificationId: 42 })).rejects.toThrow(/send-push/);
  });
});
