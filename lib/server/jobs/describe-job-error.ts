/**
 * What a failed job shows people (`lastError` in the admin list): the cause in words —
 * the error's message and the messages of its causes, a remote service's status and an
 * excerpt of its answer when the error carries them — never a stack trace or a path on
 * this server. The stack goes to the log only (`logJobError`).
 */
import "server-only";
import { MAX_ERROR_LENGTH } from "./job-sql";

/** Absolute file paths (and file: URLs) that follow a space, a quote, a bracket or the start: not URL paths, which follow a host. */
const SERVER_PATH = /(^|[\s'"`(\[=])(?:file:\/\/)?(?:\/[^\s'"`():,;\[\]/]+){2,}\/?(?::\d+(?::\d+)?)?/g;
const WINDOWS_PATH = /(^|[\s'"`(\[=])[A-Za-z]:\\[^\s'"`():,;]+/g;
/** Stack frames, if a message embeds one. */
const STACK_FRAME = /\n\s*at [^\n]*/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Removes stack frames, server paths and control characters from a message. */
export function scrubMessage(message: string): string {
  return message
    .replace(STACK_FRAME, "")
    .replace(SERVER_PATH, "$1<server path>")
    .replace(WINDOWS_PATH, "$1<server path>")
    .replace(CONTROL, " ")
    .trim();
}

/** An excerpt of a remote answer's body, one line, for an error message. */
export function answerExcerpt(body: Buffer | string, max = 300): string {
  const text = (typeof body === "string" ? body : body.toString("utf8")).replace(/\s+/g, " ").replace(CONTROL, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const message = error.message || error.name;
    // nodemailer: the SMTP server's own answer, when the message does not already carry it.
    const response = (error as { response?: unknown }).response;
    return typeof response === "string" && response && !message.includes(response) ? `${message} (server answered: ${response})` : message;
  }
  return typeof error === "string" ? error : "Unknown error";
}

/** The error and its causes as one line of words, at most MAX_ERROR_LENGTH characters. */
export function describeJobError(error: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== undefined && current !== null && !seen.has(current) && parts.length < 5) {
    seen.add(current);
    const message = scrubMessage(messageOf(current));
    if (message && !parts.some((p) => p.includes(message))) parts.push(message);
    if (current instanceof AggregateError) {
      for (const inner of current.errors.slice(0, 3)) {
        const text = scrubMessage(messageOf(inner));
        if (text && !parts.includes(text)) parts.push(text);
      }
    }
    current = current instanceof Error ? current.cause : undefined;
  }
  const text = parts.join(": ") || "The job failed without saying why.";
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
