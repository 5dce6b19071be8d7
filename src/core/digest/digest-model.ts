import type { Bilingual } from '../types.js';

/** The one platform-neutral digest model every renderer (text, json, Telegram, Discord) reads. */
export interface Digest {
  /** Edition date `YYYY-MM-DD`. */
  edition: string;
  stories: Story[];
  /** Stories left out by the limit. */
  more: number;
}

export interface Story {
  /** Id of the primary (newest) article. */
  id: string;
  /** Publication date of the newest source. */
  published: string;
  title: Bilingual;
  bullets: { hi: string[]; en: string[] };
  keyFacts: KeyFacts;
  sources: StorySource[];
  /** Other stories (by id) about the same event, published apart in time. */
  related: string[];
}

/** Key facts in English, most telling first. */
export interface KeyFacts {
  dates: string[];
  numbers: string[];
  people: string[];
  places: string[];
  organisations: string[];
}

export interface StorySource {
  article: string;
  published: string;
  title: Bilingual;
}

/** `Dates: … · People: …`, one line, empty kinds left out. */
export function keyFactsLine(facts: KeyFacts): string {
  const parts: string[] = [];
  const add = (label: string, values: string[]): void => {
    if (values.length > 0) parts.push(`${label}: ${values.join(', ')}`);
  };
  add('Dates', facts.dates);
  add('Numbers', facts.numbers);
  add('People', facts.people);
  add('Places', facts.places);
  add('Organisations', facts.organisations);
  return parts.join(' · ');
}
