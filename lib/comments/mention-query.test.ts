import { describe, expect, it } from "vitest";
import { insertMention, matchMembers, mentionQueryAt } from "./mention-query";

describe("mentionQueryAt", () => {
  it("finds the @query being typed at the caret, spaces included", () => {
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("hi @an", 6)).toEqual({ start: 3, query: "an" });
    expect(mentionQueryAt("hi @Ana Si and more", 10)).toEqual({ start: 3, query: "Ana Si" });
  });

  it("ignores an @ inside a word, after a line break, or followed by a space", () => {
    expect(mentionQueryAt("mail@home", 9)).toBeNull();
    expect(mentionQueryAt("@Ana\nnext", 9)).toBeNull();
    expect(mentionQueryAt("@ x", 3)).toBeNull();
    expect(mentionQueryAt("no mention", 10)).toBeNull();
    expect(mentionQueryAt(`@${"a".repeat(41)}`, 42)).toBeNull();
  });
});

describe("matchMembers", () => {
  const members = [
    { userId: "1", name: "Ana Silva" },
    { userId: "2", name: "Benoît Ánimo" },
    { userId: "3", name: "Sam" },
  ];

  it("puts names that start with the query before names with a word that does, ignoring case and accents", () => {
    expect(matchMembers(members, "s").map((m) => m.userId)).toEqual(["3", "1"]);
    expect(matchMembers(members, "ani").map((m) => m.userId)).toEqual(["2"]);
    expect(matchMembers(members, "BENOIT").map((m) => m.userId)).toEqual(["2"]);
    expect(matchMembers(members, "").map((m) => m.userId)).toEqual(["1", "2", "3"]);
    expect(matchMembers(members, "", 2)).toHaveLength(2);
    expect(matchMembers(members, "zz")).toEqual([]);
  });
});

describe("insertMention", () => {
  it("replaces the query with the name and a space, caret after it", () => {
    expect(insertMention("hi @an there", { start: 3, query: "an" }, 6, { userId: "1", name: "Ana Silva" })).toEqual({
      text: "hi @Ana Silva there",
      caret: 14,
    });
    expect(insertMention("@a", { start: 0, query: "a" }, 2, { userId: "1", name: "Ana" })).toEqual({ text: "@Ana ", caret: 5 });
  });
});
