/**
 * Secrets the app needs but the user did not give are generated on first start and
 * kept in <DATA_DIR>/secrets.json (mode 0600), so sessions survive restarts.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const ZSecrets = z.object({
  authSecret: z.string().min(32),
  embeddedDbPassword: z.string().min(16),
});
export type DataDirSecrets = z.infer<typeof ZSecrets>;

export async function loadOrCreateSecrets(dataDir: string): Promise<DataDirSecrets> {
  const file = path.join(dataDir, "secrets.json");
  await mkdir(dataDir, { recursive: true });
  let existing: Partial<DataDirSecrets> = {};
  try {
    existing = JSON.parse(await readFile(file, "utf8")) as Partial<DataDirSecrets>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new Error(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const secrets = ZSecrets.parse({
    authSecret: existing.authSecret ?? randomBytes(32).toString("base64url"),
    embeddedDbPassword: existing.embeddedDbPassword ?? randomBytes(18).toString("base64url"),
  });
  if (secrets.authSecret !== existing.authSecret || secrets.embeddedDbPassword !== existing.embeddedDbPassword) {
    await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
    await chmod(file, 0o600);
  }
  return secrets;
}
