/**
 * The send-email job against a real SMTP server on loopback (smtp-server), and the
 * outbox used when no SMTP server is configured.
 */
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import type { JobContext } from "@/lib/server/jobs/job-handler";
import { PermanentJobError } from "@/lib/server/jobs/job-handler";
import { quietLogger } from "@/lib/server/jobs/test-support";
import { sendEmailHandler } from "@/workers/handlers/send-email";
import { enqueueEmail } from "./enqueue-email";
import { closeMailTransports } from "./send-mail";
import { setEnv } from "@/tests/support/env";

const received: ParsedMail[] = [];
let rejectNext = false;
let smtp: SMTPServer;
let smtpUrl = "";

beforeAll(async () => {
  smtp = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "mailer" && auth.password === "p@ss word") callback(null, { user: auth.username });
      else callback(new Error("Invalid username or password"));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (rejectNext) {
            rejectNext = false;
            const error = new Error("Mailbox unavailable") as Error & { responseCode: number };
            error.responseCode = 451;
            callback(error);
            return;
          }
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://mailer:${encodeURIComponent("p@ss word")}@127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  setEnv({ APP_URL: "https://assets.example", SMTP_FROM: "DumbAssets <noreply@assets.example>" });
});

afterEach(() => {
  setEnv({ SMTP_URL: undefined });
  received.length = 0;
  closeMailTransports();
});

afterAll(async () => {
  setEnv({ APP_URL: undefined, SMTP_FROM: undefined });
  await new Promise<void>((resolve) => smtp.close(resolve));
});

const assetId = randomUUID();
const props = { householdName: "The Smiths", assetId, assetName: "Dishwasher", expiresOn: "2026-12-01", daysLeft: 7 };

async function queue(to = "ada@example.test", householdId: string | undefined = randomUUID()) {
  const { id } = await enqueueEmail(db(), { to, template: "warranty-expiring", props, householdId });
  return db().job.findUniqueOrThrow({ where: { id } });
}

/** Runs the job's handler as the worker would. */
async function run(job: Awaited<ReturnType<typeof queue>>, attempts = 1) {
  const context: JobContext = {
    job: { ...job, attempts },
    signal: new AbortController().signal,
    logger: quietLogger,
  };
  await sendEmailHandler.run(sendEmailHandler.payload.parse(job.payload), context);
}

describe("send-email", () => {
  it("sends over SMTP with a text and an HTML part, once however often the job runs", async () => {
    setEnv({ SMTP_URL: smtpUrl });
    const job = await queue();
    await run(job);
    await run(job, 2);

    expect(received).toHaveLength(1);
    const [mail] = received as [ParsedMail];
    expect(mail.subject).toBe("Warranty for Dishwasher expires in 7 days");
    expect(mail.from?.text).toBe('"DumbAssets" <noreply@assets.example>');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : null).toBe("ada@example.test");
    expect(mail.text).toContain("The warranty for Dishwasher (The Smiths) expires in 7 days, on 2026-12-01.");
    expect(mail.text).toContain(`https://assets.example/assets/${assetId}`);
    expect(mail.html).toContain(`<a href="https://assets.example/assets/${assetId}"`);
    expect(mail.html).toContain("<strong>The Smiths</strong>");
    expect(await db().outboxMessage.count()).toBe(0);
  });

  it("rolls back and sends on the retry when the server refuses the message", async () => {
    setEnv({ SMTP_URL: smtpUrl });
    const job = await queue("grace@example.test");
    rejectNext = true;
    await expect(run(job)).rejects.toThrow(/Mailbox unavailable/);
    expect(await db().jobDelivery.count({ where: { jobId: job.id } })).toBe(0);
    await run(job, 2);
    expect(received.map((m) => m.subject)).toEqual(["Warranty for Dishwasher expires in 7 days"]);
  });

  it("keeps mail in the outbox when no SMTP server is configured", async () => {
    const householdId = randomUUID();
    const job = await queue("linus@example.test", householdId);
    await run(job);
    await run(job, 2);
    const outbox = await db().outboxMessage.findMany({ where: { householdId } });
    expect(outbox).toEqual([expect.objectContaining({ to: "linus@example.test", subject: "Warranty for Dishwasher expires in 7 days" })]);
    expect(outbox[0]?.text).toContain(`https://assets.example/assets/${assetId}`);
    expect(outbox[0]?.html).toContain(`href="https://assets.example/assets/${assetId}"`);
    expect(received).toHaveLength(0);
  });

  it("fails for good when the props do not fit the template", async () => {
    const { id } = await enqueueEmail(db(), { to: "x@example.test", template: "warranty-expiring", props: { ...props, assetId: "nope" } });
    const job = await db().job.findUniqueOrThrow({ where: { id } });
    await expect(run(job)).rejects.toBeInstanceOf(PermanentJobError);
  });
});
