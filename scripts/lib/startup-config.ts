/**
 * Settings read by `npm start` before the web server exists. Each is documented in
 * the README with its default; a bad value stops the start with one line naming it.
 */
import path from "node:path";
import { z } from "zod";

const ZPort = z.coerce.number().int().min(1).max(65_535);

export const ZStartupConfig = z
  .object({
    PORT: ZPort.default(3000),
    HOSTNAME: z.string().min(1).default("0.0.0.0"),
    DATA_DIR: z.string().min(1).default("./data"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: "must start with postgresql://" })
      .optional(),
    EMBEDDED_DB_PORT: ZPort.default(54_329),
    APP_URL: z.url({ message: "must be an absolute URL like https://assets.example.com" }).optional(),
    AUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters" }).optional(),
    MAX_UPLOAD_MB: z.coerce.number().int().positive().max(1024).default(25),
  })
  .transform((c) => ({
    ...c,
    DATA_DIR: path.resolve(c.DATA_DIR),
    APP_URL: c.APP_URL ?? `http://localhost:${c.PORT}`,
  }));

export type StartupConfig = z.output<typeof ZStartupConfig>;

export function readStartupConfig(env: Record<string, string | undefined>): StartupConfig {
  const parsed = ZStartupConfig.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new StartupError(`Invalid setting ${issue?.path.join(".")}: ${issue?.message}`);
}

/** An error whose message is meant to be printed as is, without a stack. */
export class StartupError extends Error {}
