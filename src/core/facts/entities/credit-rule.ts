import type { EntitiesData } from './entities-data.js';
import type { IndexedEntity } from './gazetteer-index.js';
import { phraseKey, type Token } from './tokens.js';

const GENITIVE = new Set(['के', 'की', 'का'].map(phraseKey));

/** Gazetteer types of news media: named in a credit or dateline, they are furniture. */
const MEDIA = new Set(['news agency', 'broadcaster', 'newspaper', 'website', 'magazine']);

/**
 * True when a news medium is named as a credit, not as news: alone in parentheses (`(भाषा)`,
 * `(एपी)`, `(इनपुट: पीटीआई)`), after a credit cue (`फोटो: पीटीआई`, `सौजन्य रॉयटर्स`), or before a
 * byline word (`आजतक संवाददाता`, `आजतक के संवाददाता`, `एनडीटीवी डेस्क`), or as the one a source spoke to
 * (`‘पीटीआई-भाषा’ से कहा`, config creditCues.told). Such mentions are dropped.
 */
export function createCreditRule(data: EntitiesData): (entity: IndexedEntity, tokens: readonly Token[], from: number, to: number, text: string, start: number, end: number) => boolean {
  const before = new Set(data.creditCues.before.map(phraseKey));
  const after = new Set(data.creditCues.after.map(phraseKey));
  const told = new Set(data.creditCues.told.map(phraseKey));
  // the words after the medium (after its hyphened language edition: `पीटीआई-भाषा`)
  const toldAfter = (tokens: readonly Token[], to: number): boolean => {
    const at = tokens[to]?.hyphen === true ? to + 1 : to;
    return told.has(`${tokens[at]?.text ?? ''} ${tokens[at + 1]?.text ?? ''}`);
  };
  return (entity, tokens, from, to, text, start, end) => {
    if (entity.kind !== 'organisation' || !MEDIA.has(entity.type ?? '')) return false;
    const left = text.slice(Math.max(0, start - 30), start);
    const right = text.slice(end, end + 3);
    if (/^\s*\)/u.test(right) && /\(\s*(?:[\p{L}\p{M}]+\s*[:：-]\s*)?$/u.test(left)) return true;
    const prev = tokens[from - 1]?.text;
    const prev2 = tokens[from - 2]?.text;
    if (toldAfter(tokens, to)) return true;
    if ((prev !== undefined && before.has(prev)) || (prev2 !== undefined && before.has(prev2) && /[:：|-]\s*$/u.test(left))) return true;
    // `आजतक संवाददाता`, and with a genitive between: `आजतक के संवाददाता` (the site's own reporter)
    const at = GENITIVE.has(tokens[to]?.text ?? '') && tokens[to]?.joined === true ? to + 1 : to;
    const next = tokens[at]?.text;
    return next !== undefined && after.has(next) && tokens[at]?.joined === true;
  };
}
