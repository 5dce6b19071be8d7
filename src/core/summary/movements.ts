import { foldKey } from '../text/devanagari.js';
import type { ArticleFacts, Sentence } from '../types.js';
import type { LexiconData } from './lexicon-data.js';

/** What a figure is in a move of a value: the change (`500 अंक गिरकर`), the level it moved from or to, or a close or open. */
export type Movement = 'down' | 'up' | 'from' | 'to' | 'closed at' | 'opened at';

/** Verb forms of a stem: the stem alone (before गया), its perfective forms and its conjunctive (गिरकर). */
const FORMS = ['', 'ा', 'ी', 'े', 'ीं', 'ें', 'कर', 'ने'];
const AT = foldKey('पर');
const FROM = foldKey('से');
/**
 * Words after a figure (`limit`: and a limit's तक): a rate (`प्रति किलो`, `प्रति 10 ग्राम`), a "more than" (`से ज्यादा`) and a
 * genitive (`की गिरावट`) are stepped over.
 */
const nextWords = (limit: string): RegExp =>
  new RegExp(`(?:\\s*(?:प्रति|\\/)\\s*(?:[\\p{N},.]+\\s+)?[\\p{L}\\p{M}]+)?\\s*${limit}(?:से\\s+(?:ज्यादा|ज़्यादा|अधिक)\\s+)?(?:(?:की|का|के)\\s+)?([\\p{L}\\p{M}]+)(?:\\s+([\\p{L}\\p{M}]+))?`, 'uy');
const NEXT = nextWords('');
/** A figure said as a level above or below which a value moved (`17,000 से नीचे`, `60,000 के पार`). */
const LEVEL = /(?:नीचे|ऊपर|उपर|पार)$/u;
/** The same after a limit's figure, over its `तक` too (`28,000 रुपए प्रति किलो तक का इजाफा`); a figure with no limit before
 * तक is the level reached (`45 डिग्री तक चढ़ गया`: to 45, reviewer), never a change. */
const NEXT_LIMIT = nextWords('(?:तक\\s+)?');

/**
 * Figures of a moving value, by start offset (config lexicon `movements`): a figure right before a
 * verb or noun of falling or rising is the change ("down 500 points", `150 अंकों की तेजी` "up"), a figure
 * after its conjunctive is the new level ("to 72,000 points": `गिरकर 72,000 पर`), a figure before से and
 * it the old one ("from 50"), a figure before `पर बंद` the close. Without the label, "Sensex · 500 points ·
 * 72,000 points" does not say which figure is the fall, and "Silver · Rs 3,615 per kg" reads as the price
 * when the Hindi says it became that much cheaper. Only figures in the units of config `units` move.
 */
export function createMovementFinder(data: LexiconData): (sentence: Sentence, facts: ArticleFacts) => Map<number, Movement> {
  const m = data.movements;
  const forms = (stems: readonly string[]): Set<string> => new Set(stems.flatMap((s) => FORMS.map((f) => foldKey(s + f))));
  const down = new Set([...forms(m.down), ...m.downWords.map(foldKey)]);
  const up = new Set([...forms(m.up), ...m.upWords.map(foldKey)]);
  const conjunctive = new Set([...m.down, ...m.up].map((s) => foldKey(`${s}कर`)));
  const being = new Set(m.becoming.map(foldKey));
  const alias = new Set(m.alias.map(foldKey));
  const units = new Set(m.units);
  const notAfter = new Set(m.notAfter.map(foldKey));
  const closed = new Set(m.closed.map(foldKey));
  const coordinator = new Set(m.coordinators.map(foldKey));
  const cases = new Set(m.caseMarkers.map(foldKey));
  /** Two figures stand alike when the same case marker comes before both (`सोने में … और चांदी में …`); with none, the
   * first may be a level (`सोना 72,350 रुपए … और चांदी 1,200 रुपए उछलकर`, reviewer): no share then. */
  const parallel = (a: string, b: string): boolean => a === b && cases.has(a);
  const opened = new Set(m.opened.map(foldKey));
  /** The two words before an offset, and the one before them (what the conjunctive follows). */
  const wordBefore = (text: string, at: number): [string, string, string] => {
    const before = text.slice(Math.max(0, at - 60), at).trim().split(/\s+/u);
    return [foldKey(before.at(-1) ?? ''), foldKey(before.at(-2) ?? ''), foldKey(before.at(-3) ?? '')];
  };
  return (sentence, facts) => {
    const out = new Map<number, Movement>();
    // from the last figure back: a figure said again in another unit (`190.11 अंक यानी 0.63 प्रतिशत चढ़कर`) moves with it
    const mine = facts.numbers.filter((n) => n.sentence === sentence.index).sort((a, b) => b.span.start - a.span.start);
    for (const [k, n] of mine.entries()) {
      if (n.unit === null || !units.has(n.unit) || n.role) continue;
      const after = n.qualifier === 'up to' ? NEXT_LIMIT : NEXT;
      after.lastIndex = n.span.end;
      const next = after.exec(sentence.text);
      const [w1, w2] = [foldKey(next?.[1] ?? ''), foldKey(next?.[2] ?? '')];
      // a figure up to which something rose or fell (`28,000 रुपए तक का इजाफा`) is a change; before anything else it is a limit
      if (n.qualifier === 'up to') {
        if (down.has(w1) || up.has(w1)) out.set(n.span.start, down.has(w1) ? 'down' : 'up');
        continue;
      }
      // a level crossed (`17,000 से नीचे फिसल गया`: below 17,000) is no change: never "down less than 17,000 points"
      if (LEVEL.test(n.text)) continue;
      const [b1, b2, b3] = wordBefore(sentence.text, n.span.start);
      // a conjunctive of moving, not of climbing onto or stepping forward (`टंकी पर चढ़कर`, `आगे बढ़कर`)
      const moved = conjunctive.has(b1) && !notAfter.has(b2);
      const became = being.has(b1) && (down.has(b2) || up.has(b2)) && !notAfter.has(b3);
      const again = mine[k - 1] ? out.get(mine[k - 1]?.span.start ?? -1) : undefined;
      // the next figure in the same unit (a rate's own figure, `प्रति 10 ग्राम`, lies between)
      const later = mine.slice(0, k).reverse().find((o) => o.unit === n.unit);
      const second = later ? out.get(later.span.start) : undefined;
      if (down.has(w1)) out.set(n.span.start, 'down');
      else if (alias.has(w1) && (again === 'down' || again === 'up')) out.set(n.span.start, again);
      // the first of two parallel figures before one change (`सोने में 6,000 रुपए और चांदी में 28,000 रुपए का इजाफा`)
      else if (coordinator.has(w1) && (second === 'down' || second === 'up') && parallel(b1, wordBefore(sentence.text, later?.span.start ?? 0)[0])) out.set(n.span.start, second);
      else if (up.has(w1)) out.set(n.span.start, 'up');
      else if (w1 === FROM && conjunctive.has(w2)) out.set(n.span.start, 'from');
      else if (moved || became) out.set(n.span.start, 'to');
      else if (w1 === AT && closed.has(w2)) out.set(n.span.start, 'closed at');
      else if (w1 === AT && opened.has(w2)) out.set(n.span.start, 'opened at');
    }
    return out;
  };
}
