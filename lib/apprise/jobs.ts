/** The Apprise channel's job kinds (lib/server/jobs/job-definition.ts says what a definition is). */
import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/server/jobs/job-definition";

/** Delivers one notification through Apprise; exactly one job per event carries the household's targets. */
export const sendAppriseJob = defineJob({
  kind: "send-apprise",
  payload: z.object({ notificationId: z.uuid(), includeHousehold: z.boolean().default(false) }),
  maxAttempts: 6,
});
