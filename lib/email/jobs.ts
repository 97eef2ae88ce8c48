/** The e-mail domain's job kinds (lib/server/jobs/job-definition.ts says what a definition is). */
import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/server/jobs/job-definition";
import { EMAIL_TEMPLATES } from "./templates";

const templateNames = Object.keys(EMAIL_TEMPLATES) as [keyof typeof EMAIL_TEMPLATES, ...(keyof typeof EMAIL_TEMPLATES)[]];

/** Renders and sends one e-mail (workers/handlers/send-email.ts). */
export const sendEmailJob = defineJob({
  kind: "send-email",
  payload: z.object({
    to: z.email(),
    template: z.enum(templateNames),
    props: z.unknown(),
    householdId: z.uuid().nullable().default(null),
  }),
  maxAttempts: 8,
});
