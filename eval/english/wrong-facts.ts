import type { JudgedNumber, JudgedSentence } from './judged-data.js';
import { figures, qualifierProblems, type Figure } from './line-figures.js';
import { sameName, spelling } from './name-match.js';

/**
 * What can be checked automatically in an English line against the facts its Hindi sentence
 * carries: every figure is one of the sentence's numbers or dates (or a digit inside a name), with
 * the qualifier the Hindi gives it; every capitalised word is a name of the sentence or a word
 * the reader knows (months, roles, labels); a figure that belongs to a name (a party's seats) is
 * not placed next to another owner's name. Returns one message per wrong fact.
 */
export interface CheckContext {
  /** Capitalised words any line may use: calendar words, lexicon roles/institutions, demonyms, labels. */
  common: ReadonlySet<string>;
  /** Lexicon English words in lower case: a line may start with one ("Floods · …"). */
  lower?: ReadonlySet<string>;
  /** Offices the gazetteer gives the sentence's people at the article's date (allowed in the line). */
  roles?: readonly string[];
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.005);

/** Digits of the dates as an English line may print them (day, year; month numbers never print). */
function dateNumbers(dates: readonly string[]): number[] {
  return dates.flatMap((d) => {
    const [y, , day] = d.split('-');
    return [Number(y), ...(day ? [Number(day)] : [])].filter((n) => Number.isFinite(n));
  });
}

export function wrongFacts(line: string, s: JudgedSentence, ctx: CheckContext): string[] {
  const wrong: string[] = [];
  const facts = s.facts;
  const nameDigits = facts.names.flatMap((n) => (n.match(/\d+/g) ?? []).map(Number));
  const allowed = [...facts.numbers.flatMap((n) => [n.value, ...(n.end !== undefined ? [n.end] : [])]), ...dateNumbers(facts.dates), ...nameDigits];
  const owners = facts.numbers.filter((n) => n.owner).map((n) => n.owner as string);
  for (const f of figures(line)) {
    const matches = facts.numbers.filter((n) => close(f.value, n.value) || (n.end !== undefined && close(f.value, n.end)));
    if (!allowed.some((a) => close(f.value, a))) {
      wrong.push(`figure ${f.value} is not a number or date of the sentence`);
      continue;
    }
    if (matches.length === 0) continue;
    wrong.push(...qualifierProblems(f, matches));
    wrong.push(...ownerProblems(line, f, matches, owners, facts.names));
  }
  wrong.push(...nameProblems(line, facts.names, ctx));
  return wrong;
}

function ownerProblems(line: string, f: Figure, matches: JudgedNumber[], owners: string[], names: readonly string[]): string[] {
  const owned = matches.filter((n) => n.owner);
  if (owned.length === 0 || owned.length < matches.length || new Set(owners.map((o) => o.toLowerCase())).size < 2) return [];
  if (line.includes(' · ')) return structuredOwner(line, f, owned, owners);
  // in a sentence, the owner written nearest before the figure (else nearest after) must be its owner
  const spots = names.flatMap((name) => [...line.matchAll(new RegExp(escape(name), 'g'))].map((m) => ({ name, at: m.index ?? 0 })))
    .filter((p) => owners.some((o) => sameName(o, p.name)));
  const before = spots.filter((p) => p.at < f.at).sort((a, b) => b.at - a.at)[0];
  const after = spots.filter((p) => p.at > f.at).sort((a, b) => a.at - b.at)[0];
  const near = before ?? after;
  if (!near) return [];
  return owned.some((n) => sameName(n.owner as string, near.name)) ? [] : [`figure ${f.value} is placed with ${near.name}, but belongs to ${owned.map((n) => n.owner).join('/')}`];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function nameProblems(line: string, names: readonly string[], ctx: CheckContext): string[] {
  const known = new Set([...names, ...(ctx.roles ?? [])].flatMap((n) => n.split(/[\s()'’,.·:–-]+/)).filter((w) => w));
  const out: string[] = [];
  // a sentence (and the line) starts with a capital of its own; a part of a structured line may start with a name
  const sentences = line.split(/[.;!?] /);
  for (const [n, sentence] of sentences.entries()) {
    const words = sentence.split(/[\s()'’,.;:·–"“”‘-]+/).filter((w) => w);
    for (const [k, w] of words.entries()) {
      if (k === 0 && (n > 0 || ctx.lower?.has(w.toLowerCase()))) continue;
      if (!/^\p{Lu}/u.test(w)) continue;
      const bare = w.replace(/'s$/, '');
      if (!known.has(bare) && !ctx.common.has(bare) && !spelling(bare, names)) out.push(`"${bare}" is not a name of the sentence`);
    }
  }
  return out;
}

/**
 * In a structured line a figure belongs to the name of its label ("BJP: 166 seats") or to a name
 * that is the part right before it ("Bihar · 123 people"); otherwise it is attributed to no one.
 */
function structuredOwner(line: string, f: Figure, owned: JudgedNumber[], owners: string[]): string[] {
  const parts = line.split(' · ');
  let at = 0;
  const k = parts.findIndex((p) => (at += p.length + 3) > f.at);
  const part = parts[k] ?? '';
  const label = /^([^:]+):/.exec(part)?.[1]?.trim();
  const prev = parts[k - 1]?.trim();
  const holder = label && owners.some((o) => sameName(o, label)) ? label : prev && owners.some((o) => sameName(o, prev)) ? prev : undefined;
  if (!holder) return [];
  return owned.some((n) => sameName(n.owner as string, holder)) ? [] : [`figure ${f.value} is placed with ${holder}, but belongs to ${owned.map((n) => n.owner).join('/')}`];
}
