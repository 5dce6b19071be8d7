import type { Language } from '../../../app/ports/store-port.js';
import { keyFactsLine, type Story } from '../../../core/digest/digest-model.js';
import { bold, htmlLine, htmlLines, italic, plain, prefixed } from './html-lines.js';
import { labelsFor } from './telegram-labels.js';

/** Indent of the Hindi line under its English bullet (language `both`). */
const HINDI_INDENT = '   ';
const BULLET = prefixed('• ');

/**
 * One story as HTML blocks (its "paragraphs"), each `<= limit` and self-contained (every tag opened in a
 * block is closed in it): title, one block per bullet, key facts in italics, sources, see also.
 */
export function storyBlocks(story: Story, n: number, language: Language, limit: number): string[] {
  const labels = labelsFor(language);
  const numberedBold = prefixed(`${n}. `, bold);
  const { hi, en } = story.title;
  const title =
    language === 'both'
      ? htmlLines([[en, numberedBold], [hi, en.trim() ? bold : numberedBold]], limit)
      : htmlLine(pick(language, hi, en), numberedBold, limit);
  const blocks = [...title, ...bulletBlocks(story, language, limit)];
  const facts = keyFactsLine(story.keyFacts);
  if (facts) blocks.push(...htmlLine(facts, italic, limit));
  const sources = story.sources.map((s) => `${s.article} (${s.published})`).join(', ');
  if (sources) blocks.push(...htmlLine(`${labels.sources}: ${sources}`, plain, limit));
  if (story.related.length > 0) blocks.push(...htmlLine(`${labels.seeAlso}: ${story.related.join(', ')}`, plain, limit));
  if (blocks.length === 0) return htmlLine(story.id, numberedBold, limit);
  return blocks;
}

function bulletBlocks(story: Story, language: Language, limit: number): string[] {
  const { hi, en } = story.bullets;
  const blocks: string[] = [];
  for (let i = 0; i < Math.max(hi.length, en.length); i++) {
    const hiLine = hi[i] ?? '';
    const enLine = en[i] ?? '';
    if (language === 'both') blocks.push(...bilingualBullet(enLine, hiLine, limit));
    else blocks.push(...htmlLine(pick(language, hiLine, enLine), BULLET, limit));
  }
  return blocks;
}

/**
 * An English bullet with its Hindi line indented under it, as one block when they fit together; else
 * each line gets a bullet of its own, so no part ever starts with an indent.
 */
function bilingualBullet(en: string, hi: string, limit: number): string[] {
  const pair = htmlLines([[en, BULLET], [hi, en.trim() ? prefixed(HINDI_INDENT) : BULLET]], limit);
  return pair.length <= 1 ? pair : [...htmlLine(en, BULLET, limit), ...htmlLine(hi, BULLET, limit)];
}

/** The text in the one language asked for, falling back to the other when it is missing. */
function pick(language: 'hi' | 'en', hi: string, en: string): string {
  const [want, other] = language === 'hi' ? [hi, en] : [en, hi];
  return want.trim() ? want : other;
}
