import type { Language } from '../../../app/ports/store-port.js';
import type { KeyFacts } from '../../../core/digest/digest-model.js';

type Label = { en: string; hi: string };

/** Field names of a story embed, in key-fact order, then sources and related stories. */
export const FIELD_LABELS: Record<keyof KeyFacts | 'sources' | 'seeAlso', Label> = {
  dates: { en: 'Dates', hi: 'तारीख़ें' },
  numbers: { en: 'Numbers', hi: 'संख्याएँ' },
  people: { en: 'People', hi: 'लोग' },
  places: { en: 'Places', hi: 'स्थान' },
  organisations: { en: 'Organisations', hi: 'संगठन' },
  sources: { en: 'Sources', hi: 'स्रोत' },
  seeAlso: { en: 'See also', hi: 'यह भी देखें' },
};

/** A label in the subscription's language; `both` shows `English · हिंदी`. */
export function label(text: Label, language: Language): string {
  return language === 'en' ? text.en : language === 'hi' ? text.hi : `${text.en} · ${text.hi}`;
}

const dateEn = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateHi = new Intl.DateTimeFormat('hi-IN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `24 November 2026` / `24 नवंबर 2026` for `YYYY-MM-DD`; anything else is shown as given. */
export function editionDate(edition: string, lang: 'hi' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(edition);
  const when = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (when === null || Number.isNaN(when.getTime())) return edition;
  return (lang === 'hi' ? dateHi : dateEn).format(when);
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function pick(language: Language, en: string, hi: string): string {
  return language === 'en' ? en : language === 'hi' ? hi : `${en} / ${hi}`;
}

/** The digest's first line (message content): edition date and story count (left out when 0). */
export function headerText(edition: string, stories: number, language: Language): string {
  const en = `**khabar** · ${editionDate(edition, 'en')}${stories > 0 ? ` · ${count(stories, 'story', 'stories')}` : ''}`;
  const hi = `**खबर** · ${editionDate(edition, 'hi')}${stories > 0 ? ` · ${count(stories, 'खबर', 'खबरें')}` : ''}`;
  return pick(language, en, hi);
}

/** The closing line for stories left out by the limit. */
export function moreText(more: number, language: Language): string {
  return pick(language, `…and ${count(more, 'more story', 'more stories')}.`, `…और ${count(more, 'खबर', 'खबरें')}।`);
}

/** An empty digest always answers in both languages. */
export const NOTHING_NEW = 'Nothing new right now. / अभी कोई नई खबर नहीं है।';
