import type { EntityKind, EntityMention, Span } from '../../types.js';
import type { IndexedEntity } from './gazetteer-index.js';

/** A guessed person name (not in the gazetteer), folded words and romanised English. */
export interface GuessedName {
  words: string[];
  hi: string;
  en: string;
  /** One word before an attribution cue: dropped unless it is part of a fuller name in the article. */
  weak: boolean;
}

/** A mention before article-level resolution: resolved, a short form, or a guessed name. */
export interface Pending {
  sentence: number;
  span: Span;
  text: string;
  kind: EntityKind;
  entity?: IndexedEntity;
  /** Short form (किम): the entities it may stand for, its folded key, and whether it is the whole place opening the dateline
   * (or is followed by its own state in brackets, `दुर्ग (छत्तीसगढ़)`). */
  short?: { key: string; candidates: IndexedEntity[]; dateline?: boolean };
  guess?: GuessedName;
  role?: string;
  country?: string;
  adjective?: boolean;
}

interface FullName {
  at: number;
  /** The name's word runs: every full form of a gazetteer entity, or the guessed name's words. */
  forms: string[][];
  entity?: IndexedEntity;
  guess?: GuessedName;
}

const SENTENCE = 100_000;
/** Most characters between two names of a list (`, ` or ` और `). */
const LIST_GAP = 5;
const position = (p: Pending): number => p.sentence * SENTENCE + p.span.start;

/**
 * Resolves an article's short forms and partial names to one identity each: `पुतिन` → Vladimir Putin
 * when the article names him or no other entry shares the short form (places and organisations:
 * only when the article names them in full; people whose short form is an everyday word or a first
 * name — विराट, गंभीर, राहुल, in `mustBeNamed` — likewise); `किम` → a full name containing
 * it in this or the previous sentence, else the most named one, else the nearest; `उशाकोव ने कहा` → Yuri Ushakov named earlier.
 */
export function resolveShortForms(
  pending: readonly Pending[],
  mustBeNamed: ReadonlySet<string> = new Set(),
  roleOf: (entity: IndexedEntity) => string | undefined = (e) => e.role,
): EntityMention[] {
  const mention = (p: Pending, en: string, hi: string, entity: IndexedEntity | undefined, guessed = false): EntityMention =>
    toMention(p, en, hi, entity, roleOf, guessed);
  const fulls: FullName[] = [];
  for (const p of pending) {
    if (p.entity?.kind === 'person' && !p.short) {
      fulls.push({ at: position(p), forms: p.entity.keys.map((k) => k.split(' ')), entity: p.entity });
    } else if (p.guess && p.guess.words.length > 1) fulls.push({ at: position(p), forms: [p.guess.words], guess: p.guess });
  }
  // Entities the article names in full: a short place or organisation form (हवाई, संघ) only
  // stands for one of these, since such short forms are also everyday words.
  const named = new Set(pending.filter((p) => p.entity && !p.short).map((p) => p.entity as IndexedEntity));
  // a company's short form among other companies named in full in its sentence is the company (टाइटन, सनफार्मा,
  // एशियन पेंट्स: a list of stocks), not the moon or a river
  // (in a list: a company named in full right beside it, a comma or और apart — not anywhere in the sentence: टाटा स्टील
  // ने बाढ़ पीड़ितों को सहारा दिया names no Sahara)
  const companies = pending.filter((p) => p.entity?.type === 'company' && !p.short);
  const beside = (a: Pending, b: Pending): boolean => a.sentence === b.sentence
    && ((b.span.start > a.span.end && b.span.start - a.span.end <= LIST_GAP) || (a.span.start > b.span.end && a.span.start - b.span.end <= LIST_GAP));
  const listed = (p: Pending, e: IndexedEntity | undefined): boolean => e?.type === 'company' && companies.some((c) => beside(p, c));
  const identity = (f: FullName): string => f.entity?.id ?? f.guess?.en ?? '';
  const counts = new Map<string, number>();
  for (const f of fulls) counts.set(identity(f), (counts.get(identity(f)) ?? 0) + 1);
  /** A full name in this or the previous sentence, before the partial one at `at`. */
  const isClose = (f: FullName, at: number): boolean => f.at <= at && at - f.at < 2 * SENTENCE;
  /** The full name a partial one stands for: one named in this or the previous sentence, else the most named, then the nearest. */
  const nearest = (at: number, fits: (f: FullName) => boolean): FullName | undefined => {
    let best: FullName | undefined;
    let bestScore = Infinity;
    for (const f of fulls) {
      if (!fits(f)) continue;
      const distance = f.at <= at ? at - f.at : 1e12 + f.at - at;
      const close = isClose(f, at);
      const score = (close ? 0 : 1e15 / (counts.get(identity(f)) ?? 1)) + distance;
      if (score < bestScore) [best, bestScore] = [f, score];
    }
    return best;
  };
  const out: EntityMention[] = [];
  for (const p of pending) {
    const at = position(p);
    if (p.short) {
      const { key, candidates } = p.short;
      const full = nearest(at, (f) => (f.entity ? candidates.includes(f.entity) : f.forms.some((w) => w.includes(key))));
      const alone = candidates.length === 1 ? candidates[0] : undefined;
      // (a place's short form opening the dateline is that place: `दुर्ग ।`, `सागर।` head the story, no sea nor fort)
      const dateline = alone?.kind === 'place' && p.short.dateline === true;
      const byItself = alone && ((alone.kind === 'person' && !mustBeNamed.has(key)) || named.has(alone) || listed(p, alone) || dateline) ? alone : undefined;
      const entity = full?.entity ?? (full ? undefined : byItself);
      if (entity) out.push(mention(p, entity.en, entity.hi, entity));
      // a short form standing for a guessed person's name is that person, whatever the form alone was (सागर उर्फ सागर नायक: not the district)
      else if (full?.guess) out.push({ ...mention(p, full.guess.en, full.guess.hi, undefined, true), kind: 'person' });
    } else if (p.guess) {
      const g = p.guess;
      const fits = (f: FullName): boolean => f.forms.some((w) => w.length > g.words.length && containsRun(w, g.words));
      // two people of that name just before (`मनीष यादव और मनीष शर्मा … मनीष ने`): which one is meant is unsure, no one is named
      const near = new Set(fulls.filter((f) => fits(f) && isClose(f, at)).map(identity));
      if (near.size > 1) continue;
      const longer = nearest(at, fits);
      if (longer?.entity) out.push(mention(p, longer.entity.en, longer.entity.hi, longer.entity));
      else if (longer?.guess) out.push(mention(p, longer.guess.en, longer.guess.hi, undefined, true));
      else if (!g.weak) out.push(mention(p, g.en, g.hi, undefined, true));
    } else if (p.entity) {
      out.push(mention(p, p.entity.en, p.entity.hi, p.entity));
    }
  }
  return out.sort((a, b) => a.sentence - b.sentence || a.span.start - b.span.start || a.span.end - b.span.end);
}

/** True when `part` occurs in `whole` as a prefix or suffix run of words (किम ⊂ किम जोंग उन). */
function containsRun(whole: readonly string[], part: readonly string[]): boolean {
  const prefix = part.every((w, i) => whole[i] === w);
  const suffix = part.every((w, i) => whole[whole.length - part.length + i] === w);
  return prefix || suffix;
}

function toMention(
  p: Pending,
  en: string,
  hi: string,
  entity: IndexedEntity | undefined,
  roleOf: (entity: IndexedEntity) => string | undefined,
  guessed: boolean,
): EntityMention {
  const m: EntityMention = { kind: p.kind, en, hi, text: p.text, sentence: p.sentence, span: p.span };
  // a role the sentence states wins; else the gazetteer's office held on the publication date
  const role = p.role ?? (entity?.kind === 'person' ? roleOf(entity) : undefined);
  const country = p.country ?? (entity?.kind === 'place' ? undefined : entity?.country);
  if (role !== undefined) m.role = role;
  if (country !== undefined) m.country = country;
  if (guessed) m.guessed = true;
  if (p.adjective) m.adjective = true;
  return m;
}
