"use client";

import { useId, useLayoutEffect, useRef, useState, type ComponentProps, type KeyboardEvent } from "react";
import { insertMention, matchMembers, mentionQueryAt } from "@/lib/comments/mention-query";
import type { MentionCandidate } from "@/lib/comments/mentions";
import { cn } from "@/components/ui/cn";
import { Textarea } from "@/components/ui/input";

interface MentionTextareaProps extends Omit<ComponentProps<"textarea">, "value" | "onChange"> {
  value: string;
  onValueChange: (value: string) => void;
  /** Who can be mentioned. */
  members: readonly MentionCandidate[];
  onPick: (member: MentionCandidate) => void;
}

/**
 * A textarea that suggests household members after "@". The textarea keeps focus and
 * points at the highlighted suggestion with aria-activedescendant (the listbox pattern):
 * arrow keys move, Enter or Tab picks, Escape closes; a click picks too.
 */
export function MentionTextarea({ value, onValueChange, members, onPick, onKeyDown, className, ...props }: MentionTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const listboxId = useId();
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  // The "@" whose suggestions were closed (Escape, or a pick); a new "@" opens them again.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const pendingCaret = useRef<number | null>(null);

  const mention = mentionQueryAt(value, caret);
  const suggestions = mention && mention.start !== dismissedAt ? matchMembers(members, mention.query) : [];
  const open = focused && mention !== null && suggestions.length > 0;
  const activeIndex = Math.min(active, Math.max(suggestions.length - 1, 0));
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  useLayoutEffect(() => {
    const textarea = ref.current;
    if (textarea && pendingCaret.current !== null) {
      textarea.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
  }, [value]);

  function syncCaret() {
    const position = ref.current?.selectionStart ?? 0;
    if (position !== caret) {
      setCaret(position);
      setActive(0);
    }
  }

  function pick(member: MentionCandidate) {
    if (!mention) return;
    const next = insertMention(value, mention, caret, member);
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    // The picked name is now the "query" after that "@": keep it from suggesting itself again.
    setDismissedAt(mention.start);
    setActive(0);
    onPick(member);
    onValueChange(next.text);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (open) {
      const count = suggestions.length;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        setActive((activeIndex + (event.key === "ArrowDown" ? 1 : count - 1)) % count);
        return;
      }
      if ((event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.metaKey) || event.key === "Tab") {
        event.preventDefault();
        const member = suggestions[activeIndex];
        if (member) pick(member);
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        setDismissedAt(mention.start);
        return;
      }
    }
    onKeyDown?.(event);
  }

  return (
    <div className="relative">
      <Textarea
        {...props}
        ref={ref}
        value={value}
        className={className}
        aria-autocomplete="list"
        aria-controls={open ? listboxId : undefined}
        aria-activedescendant={open ? optionId(activeIndex) : undefined}
        onChange={(event) => {
          onValueChange(event.target.value);
          setCaret(event.target.selectionStart);
          setActive(0);
          if (dismissedAt !== null && mentionQueryAt(event.target.value, event.target.selectionStart)?.start !== dismissedAt)
            setDismissedAt(null);
        }}
        onKeyDown={handleKeyDown}
        onKeyUp={syncCaret}
        onClick={syncCaret}
        onSelect={syncCaret}
        onBlur={() => setFocused(false)}
        onFocus={() => setFocused(true)}
      />
      {open ? (
        <ul
          id={listboxId}
          role="listbox"
          aria-label="Members to mention"
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-60 overflow-auto rounded-lg border border-border bg-surface py-1 shadow-lg"
        >
          {suggestions.map((member, index) => (
            <li
              key={member.userId}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              // Keeps focus (and the caret) in the textarea.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(member)}
              onMouseEnter={() => setActive(index)}
              className={cn("cursor-pointer px-3 py-2 text-sm", index === activeIndex && "bg-primary/10 text-primary")}
            >
              {member.name}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="sr-only" role="status">
        {open
          ? `${suggestions.length} ${suggestions.length === 1 ? "member matches" : "members match"}. Up and down arrows to choose, Enter to mention.`
          : ""}
      </p>
    </div>
  );
}
