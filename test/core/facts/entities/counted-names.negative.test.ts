import { describe, expect, it } from 'vitest';
import { mentionsOf } from './fixtures.js';

const people = (text: string): string[] => mentionsOf(text).filter((m) => m.kind === 'person').map((m) => m.text);

describe('counted lists that name no one', () => {
  it.each([
    // everyday words as items: places the children went to, not children
    ['तीन बच्चे स्कूल, घर और बाजार गए।', ['स्कूल', 'घर', 'बाजार']],
    // fewer items than the count: the list is not the people counted
    ['पांच लड़के अखलद, विदुदू और आहिल के साथ गए।', ['अखलद', 'विदुदू', 'आहिल']],
    // more items than the count
    ['दो लड़के अखलद, विदुदू और आहिल के साथ गए।', ['अखलद', 'विदुदू', 'आहिल']],
    // given names that are everyday words too: worship, peace (reviewer)
    ['दोनों बहनें पूजा और आरती करने मंदिर गई थीं।', ['पूजा', 'आरती']],
    ['दो बच्चे अमन और चैन से सो रहे थे।', ['अमन', 'चैन']],
    ['दोनों भाई प्रेम और शांति से रहते थे।', ['शांति']],
    // a noun that is no person's
    ['तीन गांव खजूरी, भगवानपुरा और रतनपुरा डूब गए।', ['खजूरी', 'भगवानपुरा', 'रतनपुरा']],
  ])('%s', (sentence, words) => {
    const found = people(sentence);
    for (const w of words) expect(found).not.toContain(w);
  });
});
