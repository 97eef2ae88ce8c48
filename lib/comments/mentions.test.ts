import { describe, expect, it } from "vitest";
import { mentionMessage } from "./mention-message";
import { commentPlainText, commentSegments, encodeMentions, excerpt, mentionToken, parseMentionedIds, resolveMentions } from "./mentions";

const ANA = "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b";
const BEN = "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2c";
const STRANGER = "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2d";
const ana = { userId: ANA, name: "Ana Silva" };
const ben = { userId: BEN, name: "Ben" };

describe("mention tokens", () => {
  it("writes a token with the id, and keeps names with spaces and parentheses", () => {
    expect(mentionToken(ana)).toBe(`@[Ana Silva](user:${ANA})`);
    expect(parseMentionedIds(mentionToken({ userId: BEN, name: "Ben (dad)" }))).toEqual([BEN]);
  });

  it("replaces characters that would end the token early, and never writes an empty name", () => {
    const token = mentionToken({ userId: ANA, name: "Ana]\nSilva" });
    expect(token).toBe(`@[Ana  Silva](user:${ANA})`);
    expect(parseMentionedIds(token)).toEqual([ANA]);
    expect(mentionToken({ userId: ANA, name: " ] " })).toBe(`@[member](user:${ANA})`);
  });

  it("parses each id once, in order of first appearance, lower-cased", () => {
    const body = `${mentionToken(ben)} and ${mentionToken(ana)}, again @[B](user:${BEN.toUpperCase()})`;
    expect(parseMentionedIds(body)).toEqual([BEN, ANA]);
  });

  it("ignores malformed tokens and plain @names", () => {
    expect(parseMentionedIds(`@Ana @[Ana](user:not-a-uuid) @[](user:${ANA}) [Ana](user:${ANA}) email@[x](user:${ANA}`)).toEqual([]);
  });
});

describe("resolveMentions", () => {
  it("keeps members only, de-duplicated, and never tells the author about their own mention", () => {
    const body = `${mentionToken(ana)} ${mentionToken(ben)} ${mentionToken({ userId: STRANGER, name: "Eve" })} ${mentionToken(ana)}`;
    expect(resolveMentions(body, [ANA, BEN], BEN)).toEqual({ mentionedUserIds: [ANA, BEN], recipientIds: [ANA] });
  });

  it("a body without mentions mentions nobody", () => {
    expect(resolveMentions("just text @Ana", [ANA], BEN)).toEqual({ mentionedUserIds: [], recipientIds: [] });
  });
});

describe("commentSegments", () => {
  it("splits the body into text and mention segments, with the member's current name", () => {
    const body = `Hey ${mentionToken(ana)}, can you and ${mentionToken(ben)} check?`;
    const names: Record<string, string> = { [ANA]: "Ana Costa" };
    expect(commentSegments(body, [ANA, BEN], (id) => names[id])).toEqual([
      { kind: "text", text: "Hey " },
      { kind: "mention", userId: ANA, name: "Ana Costa" },
      { kind: "text", text: ", can you and " },
      { kind: "mention", userId: BEN, name: "Ben" },
      { kind: "text", text: " check?" },
    ]);
  });

  it("renders a token of someone not mentioned as plain text, merged with its neighbours", () => {
    const body = `Ask ${mentionToken({ userId: STRANGER, name: "Eve" })} now`;
    expect(commentSegments(body, [ANA])).toEqual([{ kind: "text", text: "Ask @Eve now" }]);
  });

  it("leaves markup as text: segments are strings, never HTML", () => {
    expect(commentSegments("<img src=x onerror=alert(1)>", [])).toEqual([{ kind: "text", text: "<img src=x onerror=alert(1)>" }]);
    expect(commentSegments("", [])).toEqual([]);
  });
});

describe("plain text and excerpts", () => {
  it("reads mentions as @Name", () => {
    expect(commentPlainText(`Thanks ${mentionToken(ana)}!`)).toBe("Thanks @Ana Silva!");
  });

  it("collapses whitespace and cuts long text at a word with an ellipsis", () => {
    expect(excerpt("  two\n\nlines  ")).toBe("two lines");
    const long = "word ".repeat(50);
    const cut = excerpt(long, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut).toMatch(/^word( word)*…$/);
    expect(excerpt("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("encodeMentions", () => {
  it("turns the picked members' @names into tokens, longest name first", () => {
    const anaShort = { userId: BEN, name: "Ana" };
    expect(encodeMentions("@Ana Silva and @Ana, hi", [anaShort, ana])).toBe(`${mentionToken(ana)} and ${mentionToken(anaShort)}, hi`);
  });

  it("does not match a longer word, unpicked names, or a name the person edited", () => {
    expect(encodeMentions("@Anabel @Ben @Ana Silv", [ana])).toBe("@Anabel @Ben @Ana Silv");
    expect(encodeMentions("plain", [])).toBe("plain");
  });

  it("escapes names that contain regular-expression characters", () => {
    const odd = { userId: ANA, name: "A.n+a (mum)" };
    expect(encodeMentions("@A.n+a (mum) @Axn+a (mum)", [odd])).toBe(`${mentionToken(odd)} @Axn+a (mum)`);
  });
});

describe("mentionMessage", () => {
  it("names the author and the task, quotes the comment and opens the task; one key per comment", () => {
    const message = mentionMessage({
      authorName: "Ana",
      task: { id: "t1", title: "Clean gutters" },
      comment: { id: "c1", body: `Can ${mentionToken(ben)} help?` },
    });
    expect(message).toEqual({
      title: "Ana mentioned you on “Clean gutters”",
      body: "Can @Ben help?",
      url: "/tasks/t1",
      dedupeKey: "comment-mention:c1",
    });
  });
});
