import { describe, expect, it } from 'vitest';
import { withSpelledAcronyms } from '../../../../src/core/facts/entities/acronym-forms.js';
import type { EntitySource } from '../../../../src/core/facts/entities/gazetteer-index.js';
import { phraseKey } from '../../../../src/core/facts/entities/tokens.js';

const org = (en: string, hi: string[], latin: string[], short: string[] = []): EntitySource => ({ kind: 'organisation', en, hi, latin, short });

describe('no spelled acronym is added where it could name the wrong thing', () => {
  it.each([
    ['two letters (एसपी is a police title, not the Samajwadi Party)', [org('Samajwadi Party', ['सपा'], ['SP'])], () => false],
    ['a title word', [org('Sub-Divisional Magistrates Association', ['एसडीएम संघ'], ['SDMA'])], (key: string) => key === phraseKey('एसडीएमए')],
    ['an acronym two organisations share', [org('Research and Analysis Wing', ['रॉ'], ['RAW']), org('Rajasthan Animal Welfare', ['राजस्थान पशु कल्याण'], ['RAW'])], () => false],
    ['a short form the gazetteer keeps for context (पीएमसीएच alone)', [org('Patna Medical College and Hospital', ['पटना मेडिकल कॉलेज'], ['PMCH'], ['पीएमसीएच'])], () => false],
    ['a spelling another entity owns', [org('Indian National Lok Dal', ['इनेलो'], ['INLD']), org('Other Body', ['आईएनएलडी'], [])], () => false],
    ['a person\'s Latin initials', [{ kind: 'person', en: 'Jagat Prakash Nadda', hi: ['जगत प्रकाश नड्डा'], latin: ['JPN'] } as EntitySource], () => false],
  ] as [string, EntitySource[], (key: string) => boolean][])('%s', (_name, sources, isTaken) => {
    const out = withSpelledAcronyms(sources, isTaken);
    expect(out.map((s) => s.hi)).toEqual(sources.map((s) => s.hi));
  });
});
