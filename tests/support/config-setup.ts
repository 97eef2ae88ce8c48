/**
 * Vitest global setup of the unit project: the environment is parsed by the one
 * configuration schema (lib/server/config) before any test runs, so a bad variable fails
 * the run once, naming it, instead of in whichever test reads it first.
 */
import { parseConfig } from "@/lib/server/config/config";

export default function setup() {
  parseConfig(process.env);
}
