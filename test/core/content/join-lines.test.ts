import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../../src/core/content/create-cleaner.js';
import { createLineJoiner } from '../../../src/core/content/join-lines.js';
import { loadData } from '../../../src/core/data/load-data.js';

const data = loadData(join(process.cwd(), 'config')).data.cleaning;
const joinLines = createLineJoiner(data);
const clean = createCleaner(data);

describe('re-joining sentences broken where links were removed', () => {
  it.each([
    [
      'fragment between a broken line and a postposition',
      ['मौद्रिक नीति की बैठक के बाद', 'RBI', 'ने रेपो रेट 6.5 प्रतिशत पर स्थिर रखा।'],
      ['मौद्रिक नीति की बैठक के बाद RBI ने रेपो रेट 6.5 प्रतिशत पर स्थिर रखा।'],
    ],
    [
      'multi-word link text',
      ['मैच के बाद कप्तान', 'रोहित शर्मा', 'ने कहा कि टीम ने अच्छा खेल दिखाया।'],
      ['मैच के बाद कप्तान रोहित शर्मा ने कहा कि टीम ने अच्छा खेल दिखाया।'],
    ],
    [
      'line starting with a postposition',
      ['सुनवाई के दौरान सुप्रीम कोर्ट', 'में केंद्र सरकार ने हलफनामा दाखिल किया।'],
      ['सुनवाई के दौरान सुप्रीम कोर्ट में केंद्र सरकार ने हलफनामा दाखिल किया।'],
    ],
    [
      'line ending with a postposition',
      ['मौसम विभाग के', 'अनुसार अगले तीन दिन भारी बारिश होगी।'],
      ['मौसम विभाग के अनुसार अगले तीन दिन भारी बारिश होगी।'],
    ],
    [
      'one blank line inside the break',
      ['इसरो के प्रमुख', '', 'एस सोमनाथ', '', 'ने बताया कि प्रक्षेपण सफल रहा।'],
      ['इसरो के प्रमुख एस सोमनाथ ने बताया कि प्रक्षेपण सफल रहा।'],
    ],
    [
      'comma at a line end',
      ['सेंसेक्स, निफ्टी,', 'बैंक निफ्टी सभी हरे निशान में बंद हुए।'],
      ['सेंसेक्स, निफ्टी, बैंक निफ्टी सभी हरे निशान में बंद हुए।'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(joinLines(lines).filter((l) => l !== '')).toEqual(expected);
  });

  it('joins the seed pattern "…एजेंसी / TASS / ने बताया" inside a page', () => {
    const raw = 'शीर्षक\nराज्य समाचार एजेंसी\nTASS\nने बताया। बैठक अगले हफ्ते होगी।';
    expect(clean(raw).body).toBe('राज्य समाचार एजेंसी TASS ने बताया। बैठक अगले हफ्ते होगी।');
  });
});

describe('real paragraph ends are never joined', () => {
  it.each([
    ['danda', ['भारत ने मैच जीत लिया।', 'और अब टीम फाइनल में है।']],
    ['question mark', ['क्या बारिश होगी?', 'के बारे में विभाग चुप है।']],
    ['quote after danda', ['उन्होंने कहा, "हम जीतेंगे।"', 'में कोई संदेह नहीं।']],
    ['exclamation', ['यह ऐतिहासिक जीत है!', 'से पूरा देश खुश है।']],
  ])('%s', (_name, lines) => {
    expect(joinLines(lines)).toEqual(lines);
  });

  it('a subheading is not glued to the paragraph after it', () => {
    const lines = ['बाजार का हाल', '', 'सेंसेक्स 300 अंक गिरकर बंद हुआ।'];
    expect(joinLines(lines)).toEqual(lines);
  });

  it('a short fragment not followed by a continuation stays alone', () => {
    const lines = ['मुख्य बातें', 'नीति दर', 'रेपो रेट में कोई बदलाव नहीं हुआ।'];
    expect(joinLines(lines)).toEqual(lines);
  });
});
