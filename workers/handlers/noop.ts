/**
 * Does nothing (optionally for a while): the job kind tests and benchmarks measure
 * the queue itself with.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { noopJob } from "@/lib/server/jobs/jobs";
import { handleJob } from "@/lib/server/jobs/job-handler";

export const noopHandler = handleJob(noopJob, {
  async run({ delayMs }, { signal }) {
    if (delayMs) await sleep(delayMs, undefined, { signal });
  },
});
