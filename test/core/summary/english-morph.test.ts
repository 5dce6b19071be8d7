import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { pluralise, verbForms } from '../../../src/core/summary/english-morph.js';

const irregular = loadData(join(process.cwd(), 'config')).data.lexicon.irregular;

describe('English verb forms', () => {
  it.each([
    // regular verbs
    ['arrest', 'arrested', 'arresting', 'arrests'],
    ['die', 'died', 'dying', 'dies'],
    ['carry', 'carried', 'carrying', 'carries'],
    // a doubled last consonant comes from config/lexicon.yaml `irregular` (बल्लेबाजी की: "batted", not "bated")
    ['bat', 'batted', 'batting', 'bats'],
    ['occur', 'occurred', 'occurring', 'occurs'],
    ['stop', 'stopped', 'stopping', 'stops'],
    // irregular verbs
    ['win', 'won', 'winning', 'wins'],
    ['meet', 'met', 'meeting', 'meets'],
  ])('%s → %s, %s, %s', (base, past, ing, third) => {
    const forms = verbForms(base, irregular);
    expect([forms.past, forms.ing, forms.third]).toEqual([past, ing, third]);
  });
});

describe('English plurals of counted nouns', () => {
  it.each([
    ['person', 'people'],
    ['thief', 'thieves'],
    ['two-wheeler', 'two-wheelers'],
    ['party', 'parties'],
    ['run', 'runs'],
    ['km', 'km'],
    ['mAh', 'mAh'],
    ['megapixel', 'megapixels'],
    ['crore', 'crore'],
  ])('%s → %s', (one, many) => {
    expect(pluralise(one)).toBe(many);
  });
});
