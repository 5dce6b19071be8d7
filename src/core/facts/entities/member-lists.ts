import type { NameSpan } from './context-names.js';
import { itemEnd, listAfter, type RecordListFinder } from './record-lists.js';
import { phraseKey, tokenBounds } from './tokens.js';

/** Config for the names a group of people is said to hold (entities.yaml `memberLists`). */
export interface MemberListData {
  /** Plural nouns of a group of people before में (मृतकों, घायलों, अभियुक्तों, विजेताओं). */
  groups: readonly string[];
  /** What closes the list (शामिल). */
  closers: readonly string[];
}

/** The same call as a record's list (sentence, claimed tokens, people found, name-word and everyday-word tests). */
export type MemberListFinder = RecordListFinder;

/** में (folded like the tokens). */
const IN_KEY = phraseKey('में');

/**
 * The people a group is said to hold (`मृतकों में गोलू, रिंकू और सौरभ शामिल हैं`, `अभियुक्तों में पवन, सूरज और रवि
 * शामिल`): right after `<group> में`, two or more items of one or two name words — a listed given name even when it
 * is an everyday word too (सूरज), else no everyday word — joined by commas and a last conjunction, and a closer
 * right after the last: the whole list or nothing (`घायलों में तीन बच्चे और दो बुजुर्ग शामिल` names no one).
 */
export function createMemberLists(data: MemberListData, isGivenName: (word: string) => boolean): MemberListFinder {
  const groups = new Set(data.groups.map(phraseKey));
  const closers = new Set(data.closers.map(phraseKey));
  return (ts, claimed, people, isNameWord, isCommon) => {
    const { tokens } = ts;
    // (most sentences name no group before में: nothing to read, no token bounds built)
    if (!tokens.some((t, i) => t.text === IN_KEY && groups.has(tokens[i - 1]?.text ?? ''))) return [];
    // a person found already is an item too (`मृतकों में राहुल, …`: a listed short form), though not one to add
    const { byStart, byEnd } = tokenBounds(ts);
    const person = tokens.map(() => false);
    for (const p of people) {
      const [from, to] = [byStart.get(p.span.start), byEnd.get(p.span.end)];
      if (from !== undefined && to !== undefined && to - from <= 2) person.fill(true, from, to);
    }
    const free = (i: number): boolean => {
      const w = tokens[i]?.text ?? '';
      return (!claimed[i] || person[i] === true) && isNameWord(w) && (isGivenName(w) || !isCommon(w));
    };
    const out: NameSpan[] = [];
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i]?.text !== IN_KEY || !groups.has(tokens[i - 1]?.text ?? '') || !tokens[i]?.joined || !tokens[i + 1]?.joined) continue;
      const end = itemEnd(tokens, i + 1, free);
      if (end === i + 1) continue;
      const rest = listAfter(tokens, end, free);
      if (rest === null || !closers.has(tokens[rest.end]?.text ?? '') || !tokens[rest.end]?.joined) continue;
      out.push({ from: i + 1, to: end, weak: false }, ...rest.spans);
    }
    return out;
  };
}
