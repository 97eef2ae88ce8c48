/** Turns the database's unique-name violation into the same 409 as the friendly pre-check. */
import "server-only";
import { duplicateTagName } from "./tag-out";

export async function withUniqueTagName<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002") throw duplicateTagName();
    throw error;
  }
}
