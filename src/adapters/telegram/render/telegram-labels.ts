import type { Language } from '../../../app/ports/store-port.js';

/** Fixed words of the Telegram layout, per subscription language (`both` reads the English labels). */
export interface TelegramLabels {
  sources: string;
  seeAlso: string;
}

export function labelsFor(language: Language): TelegramLabels {
  return language === 'hi' ? { sources: 'स्रोत', seeAlso: 'यह भी देखें' } : { sources: 'Sources', seeAlso: 'See also' };
}

const dateEn = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateHi = new Intl.DateTimeFormat('hi-IN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `24 November 2026` / `24 नवंबर 2026` for an edition `YYYY-MM-DD`; anything else is shown as given. */
export function editionDate(edition: string, lang: 'hi' | 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(edition);
  const when = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (when === null || Number.isNaN(when.getTime())) return edition;
  return (lang === 'hi' ? dateHi : dateEn).format(when);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Header text (plain, escaped by the caller): edition date and story count (left out when 0). */
export function headerText(edition: string, stories: number, language: Language): string {
  const en = `khabar · ${editionDate(edition, 'en')}${stories > 0 ? ` · ${count(stories, 'story', 'stories')}` : ''}`;
  const hi = `खबर · ${editionDate(edition, 'hi')}${stories > 0 ? ` · ${count(stories, 'खबर', 'खबरें')}` : ''}`;
  return language === 'en' ? en : language === 'hi' ? hi : `${en} / ${hi}`;
}

/** The trailing line for stories left out by the limit. */
export function moreText(more: number, language: Language): string {
  const en = `…and ${count(more, 'more story', 'more stories')}.`;
  const hi = `…और ${count(more, 'खबर', 'खबरें')}।`;
  return language === 'en' ? en : language === 'hi' ? hi : `${en} / ${hi}`;
}

/** An empty digest always answers in both languages. */
export const NOTHING_NEW = 'Nothing new right now. / अभी कोई नई खबर नहीं है।';
