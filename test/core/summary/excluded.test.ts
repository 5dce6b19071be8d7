import { describe, expect, it } from 'vitest';
import { excludedMentions } from '../../../src/core/summary/excluded.js';
import type { EntityMention } from '../../../src/core/types.js';

/** Mentions of `names` in `text`, as the entity extractor would give them. */
const mentionsIn = (text: string, names: string[]): EntityMention[] =>
  names.map((hi) => ({ kind: 'place' as const, en: hi, hi, text: hi, sentence: 0, span: { start: text.indexOf(hi), end: text.indexOf(hi) + hi.length } }));
const excluded = (text: string, names: string[]): string[] =>
  [...excludedMentions(text, mentionsIn(text, names))].map((start) => text.slice(start).split(/[\s,]/u)[0] as string).sort();

describe('excludedMentions', () => {
  it.each([
    ['a list before को छोड़कर', 'अजमेर, पाली और सिरोही को छोड़कर बाकी सभी जिलों में ऑरेंज अलर्ट है।', ['अजमेर', 'पाली', 'सिरोही'], ['अजमेर', 'पाली', 'सिरोही']],
    ['a name before छोड़कर, another after', 'कोटा छोड़कर बाकी जिलों में बारिश होगी, बूंदी में भी।', ['कोटा', 'बूंदी'], ['कोटा']],
    ['के सिवा', 'जयपुर के सिवा सभी जिलों में स्कूल बंद रहेंगे।', ['जयपुर'], ['जयपुर']],
    // को छोड़ without कर, and an unlisted name joined to the list by a conjunction
    ['को छोड़ after a name and an unlisted one', 'शुक्रवार को उज्जैन व नागदा को छोड़ पूरे जिले में बारिश हुई।', ['उज्जैन'], ['उज्जैन']],
    // the list's head noun between the last name and the exception (was "Northeast India" read as where it rained)
    ['a head noun before को छोड़कर', 'पश्चिमी और दक्षिणी जिलों को छोड़कर सभी जिलों में लू चली।', ['पश्चिमी', 'दक्षिणी'], ['पश्चिमी', 'दक्षिणी']],
    // a name apart from the list (a word between) is not excluded
    ['a name before the list, across a clause', 'टोंक में बारिश हुई, जबकि अजमेर को छोड़कर बाकी जिले सूखे रहे।', ['टोंक', 'अजमेर'], ['अजमेर']],
  ])('%s', (_name, text, names, want) => {
    expect(excluded(text, names)).toEqual([...want].sort());
  });

  it.each([
    // के अलावा is as often "besides" (Delhi had rain too)
    ['दिल्ली के अलावा मुंबई में भी बारिश हुई।', ['दिल्ली', 'मुंबई']],
    ['पटना और गया में बारिश हुई।', ['पटना', 'गया']],
    // छोड़ before a verb is leaving, not excepting
    ['उन्होंने रतलाम को छोड़ दिया और इंदौर चले गए।', ['रतलाम', 'इंदौर']],
    ['वे रतलाम को छोड़ सकते हैं।', ['रतलाम']],
    // a bare छोड़कर after a name and a word is leaving (reviewer: Rahul was excluded)
    ['विधायक राहुल घर छोड़कर भाग गए।', ['राहुल']],
    // two words between the name and the exception are no head noun of a list
    ['धौलपुर में तेज बारिश को छोड़कर मौसम सामान्य रहा।', ['धौलपुर']],
  ])('nothing excluded: %s', (text, names) => {
    expect(excluded(text, names)).toEqual([]);
  });
});
