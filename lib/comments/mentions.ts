/**
 * Mentions in comment bodies. The stored body carries each mention as a token
 * `@[Display Name](user:<uuid>)`: the id is what counts (it survives renames and names
 * with spaces), the name is only a fallback for people who left the household.
 *
 * Pure functions shared by the server (which mentions notify whom) and the browser (the
 * composer encodes, the list renders segments: plain strings, never HTML).
 */

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const MAX_TOKEN_NAME = 100;
const tokenPattern = () => new RegExp(`@\\[([^\\]\\n]{1,${MAX_TOKEN_NAME}})\\]\\(user:(${UUID})\\)`, "g");

export interface MentionCandidate {
  userId: string;
  name: string;
}

export type CommentSegment = { kind: "text"; text: string } | { kind: "mention"; userId: string; name: string };

/** The token for one mention; characters that would end the token early are replaced. */
export function mentionToken(member: MentionCandidate): string {
  const name =
    member.name
      .replace(/[\]\r\n]/g, " ")
      .trim()
      .slice(0, MAX_TOKEN_NAME) || "member";
  return `@[${name}](user:${member.userId.toLowerCase()})`;
}

/** Every user id the body's tokens name, once each, in order of first appearance. */
export function parseMentionedIds(body: string): string[] {
  const ids = [...body.matchAll(tokenPattern())].map((match) => (match[2] as string).toLowerCase());
  return [...new Set(ids)];
}

/**
 * Who a comment mentions (members only: tokens naming anyone else stay plain text) and
 * who is told about it: the same people minus the author, who knows what they wrote.
 */
export function resolveMentions(
  body: string,
  memberIds: Iterable<string>,
  authorId: string,
): { mentionedUserIds: string[]; recipientIds: string[] } {
  const members = new Set([...memberIds].map((id) => id.toLowerCase()));
  const mentionedUserIds = parseMentionedIds(body).filter((id) => members.has(id));
  return { mentionedUserIds, recipientIds: mentionedUserIds.filter((id) => id !== authorId.toLowerCase()) };
}

/**
 * The body as text and mention segments. A token is a mention only when its id is in
 * `mentionedUserIds` (resolved when posted); the name is the member's current one when
 * `nameOf` knows it. Other tokens read as "@Name".
 */
export function commentSegments(
  body: string,
  mentionedUserIds: readonly string[],
  nameOf: (userId: string) => string | undefined = () => undefined,
): CommentSegment[] {
  const mentioned = new Set(mentionedUserIds.map((id) => id.toLowerCase()));
  const segments: CommentSegment[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last?.kind === "text") last.text += text;
    else segments.push({ kind: "text", text });
  };
  let offset = 0;
  for (const match of body.matchAll(tokenPattern())) {
    pushText(body.slice(offset, match.index));
    const tokenName = match[1] as string;
    const userId = (match[2] as string).toLowerCase();
    if (mentioned.has(userId)) segments.push({ kind: "mention", userId, name: nameOf(userId) ?? tokenName });
    else pushText(`@${tokenName}`);
    offset = match.index + match[0].length;
  }
  pushText(body.slice(offset));
  return segments;
}

/** The body as people read it, mentions as "@Name": for notification texts and e-mails. */
export function commentPlainText(body: string): string {
  return body.replace(tokenPattern(), (_token, name: string) => `@${name}`);
}

/** One line of at most `max` characters, cut at a word when one ends close enough. */
export function excerpt(text: string, max = 140): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Turns the composer's "@Ana Silva" texts back into tokens for the members picked from
 * the suggestions. Longer names win ("@Ana Silva" before "@Ana"); a name followed by a
 * letter or digit ("@Anabel") is not a mention of "Ana". A mention whose text the person
 * edited afterwards is left as typed.
 */
export function encodeMentions(text: string, picked: readonly MentionCandidate[]): string {
  const byName = new Map<string, MentionCandidate>();
  for (const member of picked) if (member.name && !byName.has(member.name)) byName.set(member.name, member);
  if (byName.size === 0) return text;
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`@(${names.join("|")})(?![\\p{L}\\p{N}_])`, "gu");
  return text.replace(pattern, (_match, name: string) => mentionToken(byName.get(name) as MentionCandidate));
}
