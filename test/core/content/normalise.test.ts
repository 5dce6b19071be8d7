import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../../src/core/content/create-cleaner.js';
import { fixSpacing, normaliseText } from '../../../src/core/content/normalise.js';
import { loadData } from '../../../src/core/data/load-data.js';

const clean = createCleaner(loadData(join(process.cwd(), 'config')).data.cleaning);

describe('normaliseText', () => {
  it.each([
    ['BOM', '\uFEFFशीर्षक', 'शीर्षक'],
    ['CRLF', 'पहली\r\nदूसरी\r\n', 'पहली\nदूसरी\n'],
    ['lone CR', 'पहली\rदूसरी', 'पहली\nदूसरी'],
    ['zero-width space', 'सेंसे\u200Bक्स', 'सेंसेक्स'],
    ['soft hyphen', 'बाज\u00ADार', 'बाजार'],
    ['NBSP and thin space', 'नई\u00A0दिल्ली\u2009में', 'नई दिल्ली में'],
    ['NFC', 'ऩ'.normalize('NFD'), 'ऩ'.normalize('NFC')],
    ['a visarga typed for a colon in a time', 'रात 2ः30 बजे', 'रात 2:30 बजे'],
    ['a colon typed for a visarga inside a word', 'मरीजों का नि:शुल्क इलाज, दु:ख', 'मरीजों का निःशुल्क इलाज, दुःख'],
    // a colon with a space after it, or after a word before a figure, stays a colon
    ['a colon after a word', 'उत्तराखंड: बारिश, समय:10 बजे', 'उत्तराखंड: बारिश, समय:10 बजे'],
    ['a place glued to its story by a colon', 'बर्मिंघम:भारतीय पहलवान, गया:बिहार', 'बर्मिंघम:भारतीय पहलवान, गया:बिहार'],
    // (reviewer) a short district name or a label glued to what follows
    ['a short place or a label glued by a colon', 'मेरठ:जिले में, नाम:रमेश कुमार', 'मेरठ:जिले में, नाम:रमेश कुमार'],
    ['a visarga in a word stays', 'अतः दुःख', 'अतः दुःख'],
    ['pictographs opening a line are decoration', '🚔 गुरुग्राम में चालान अभियान\n🔴🔴 LIVE: बारिश 🌧️ जारी', 'गुरुग्राम में चालान अभियान\nLIVE: बारिश 🌧️ जारी'],
    ['a visarga typed for a dateline\'s colon after a vowel sign', 'नई दिल्लीः प्रधानमंत्री आज रवाना होंगे', 'नई दिल्ली: प्रधानमंत्री आज रवाना होंगे'],
    ['… only at the start of a line, never a word ending in a consonant', 'अतः सरकार ने कहा\nपुनः बैठक होगी, दिल्लीः शहर', 'अतः सरकार ने कहा\nपुनः बैठक होगी, दिल्लीः शहर'],
    ['AA and candra E typed for the vowel sign O', 'डाॅ मार्तोलिया, काॅलेज', 'डॉ मार्तोलिया, कॉलेज'],
    ['a colon typed for the visarga of an adverb before a space', 'आज प्रात: 9 बजे, अत: यह तय हुआ', 'आज प्रातः 9 बजे, अतः यह तय हुआ'],
    ['a label\'s colon after a word that is no such adverb stays', 'मेरठ: जिले में बारिश', 'मेरठ: जिले में बारिश'],
    ['a bullet sign opening a line, before a space', 'Ø इसरो ने उपग्रह छोड़ा\n► दूसरी पंक्ति', 'इसरो ने उपग्रह छोड़ा\nदूसरी पंक्ति'],
    ['a Scandinavian name opening a line stays', 'Øystein Solberg ने कहा', 'Øystein Solberg ने कहा'],
    ['a zero point after a title glued to the name', 'डॉ०सुनील शर्मा और श्री०राम', 'डॉ० सुनील शर्मा और श्री० राम'],
    ['a Devanagari zero in a figure or a word stays', 'कुल १०५० मत, वार्ड न०५', 'कुल १०५० मत, वार्ड न०५'],
    ['AA and E typed for O, AA and AI for AU', 'गाेपालदास नीरज, चाैधरी', 'गोपालदास नीरज, चौधरी'],
    ['a candra E alone stays', 'बैंक ॅ', 'बैंक ॅ'],
  ])('%s', (_name, raw, expected) => {
    expect(normaliseText(raw)).toBe(expected);
  });

  it('keeps ZWJ/ZWNJ, which shape Devanagari', () => {
    expect(normaliseText('क्\u200Dष')).toBe('क्\u200Dष');
  });
});

describe('fixSpacing', () => {
  it.each([
    ['यात्रा के दौरान , रूसी राष्ट्रपति', 'यात्रा के दौरान, रूसी राष्ट्रपति'],
    ['उम्मीद है ।', 'उम्मीद है।'],
    ['क्या होगा ?', 'क्या होगा?'],
    ['मॉस्को : मंगलवार', 'मॉस्को: मंगलवार'],
    ['रूस,उत्तर कोरिया', 'रूस, उत्तर कोरिया'],
    ['बंद हुआ।अब आगे', 'बंद हुआ। अब आगे'],
    ['( भाषा )', '(भाषा)'],
    ['सुबह 10:30 बजे', 'सुबह 10:30 बजे'],
    ['1,50,000 रुपये', '1,50,000 रुपये'],
    ['दो   शब्द', 'दो शब्द'],
  ])('%s → %s', (raw, expected) => {
    expect(fixSpacing(raw)).toBe(expected);
  });
});

describe('whole page normalisation', () => {
  it('BOM, CRLF, NBSP and odd spacing give clean paragraphs', () => {
    const raw = '\uFEFFमौसम\u00A0विभाग का अलर्ट\r\nदिल्ली में आज बारिश होगी ,  तापमान गिरेगा ।\r\n\r\nकल भी बादल छाए रहेंगे।\r\n';
    expect(clean(raw)).toEqual({
      title: 'मौसम विभाग का अलर्ट',
      body: 'दिल्ली में आज बारिश होगी, तापमान गिरेगा।\nकल भी बादल छाए रहेंगे।',
      dateline: null,
      entries: [],
      removed: [],
    });
  });
});
