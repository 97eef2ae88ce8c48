/**
 * The README's configuration table, generated from the schema (schema.ts): one row per
 * app setting in declaration order, consecutive settings with the same meaning and
 * default sharing a row. `npm run docs:config` writes it between the markers;
 * tests/lint/config-table.test.ts fails when README.md differs.
 */
import "server-only";
import { SETTINGS, type Setting } from "./schema";

export const CONFIG_TABLE_START = "<!-- config:start -->";
export const CONFIG_TABLE_END = "<!-- config:end -->";

/** The default column: the schema's `shown` text, else the value the schema gives an unset variable. */
export function shownDefault(name: string, s: Setting): string {
  if (s.shown) return s.shown;
  const value: unknown = s.schema.parse(undefined);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return `\`${String(value)}\``;
  throw new Error(`${name}: give the setting a \`shown\` default for the README (its parsed default is not a plain value)`);
}

export function renderConfigTable(): string {
  const rows: { names: string[]; shown: string; description: string }[] = [];
  for (const [name, s] of Object.entries(SETTINGS) as [string, Setting][]) {
    if ((s.section ?? "app") !== "app") continue;
    if (s.description.includes("|") || s.description.includes("\n"))
      throw new Error(`${name}: a description is one table cell (no "|" or newline)`);
    const shown = shownDefault(name, s);
    const last = rows.at(-1);
    if (last && last.shown === shown && last.description === s.description) last.names.push(name);
    else rows.push({ names: [name], shown, description: s.description });
  }
  return [
    "| variable | default | meaning |",
    "|---|---|---|",
    ...rows.map((r) => `| ${r.names.map((n) => `\`${n}\``).join(", ")} | ${r.shown} | ${r.description} |`),
  ].join("\n");
}

/** README text with the table between the markers replaced; throws when the markers are missing. */
export function withConfigTable(readme: string): string {
  const start = readme.indexOf(CONFIG_TABLE_START);
  const end = readme.indexOf(CONFIG_TABLE_END);
  if (start === -1 || end < start)
    throw new Error(`README.md needs the markers ${CONFIG_TABLE_START} and ${CONFIG_TABLE_END} around the table`);
  return `${readme.slice(0, start + CONFIG_TABLE_START.length)}\n${renderConfigTable()}\n${readme.slice(end)}`;
}
