/**
 * The composer's @-autocomplete: what the person is typing after an "@" at the caret,
 * which members match it, and the text once one is picked. Pure, so it is unit-tested.
 */
import type { MentionCandidate } from "./mentions";

export interface MentionQuery {
  /** Index of the "@" in the text. */
  start: number;
  /** What follows it up to the caret (may contain spaces: names do). */
  query: string;
}

const MAX_QUERY = 40;

/** The "@…" being typed at the caret: "@" at the start or after whitespace, no line break since. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf("@");
  if (start < 0) return null;
  if (start > 0 && !/\s/.test(before.charAt(start - 1))) return null;
  const query = before.slice(start + 1);
  if (query.length > MAX_QUERY || /[\n@]/.test(query) || query.startsWith(" ")) return null;
  return { start, query };
}

/** Members whose name, or a word of it, starts with the query (case- and accent-insensitive); at most `limit`. */
export function matchMembers<M extends MentionCandidate>(members: readonly M[], query: string, limit = 8): M[] {
  const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const q = fold(query.trimEnd());
  const starts: M[] = [];
  const words: M[] = [];
  for (const member of members) {
    const name = fold(member.name);
    if (name.startsWith(q)) starts.push(member);
    else if (name.split(/\s+/).some((word) => word.startsWith(q))) words.push(member);
  }
  return [...starts, ...words].slice(0, limit);
}

/** Replaces "@query" with "@Name " and puts the caret after it. */
export function insertMention(
  text: string,
  mention: MentionQuery,
  caret: number,
  member: MentionCandidate,
): { text: string; caret: number } {
  const inserted = `@${member.name} `;
  const after = text.slice(caret).replace(/^ /, "");
  return { text: text.slice(0, mention.start) + inserted + after, caret: mention.start + inserted.length };
}
