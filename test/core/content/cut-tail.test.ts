import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCutTail } from '../../../src/core/content/cut-tail.js';
import { loadData } from '../../../src/core/data/load-data.js';

const tail = createCutTail(loadData(join(process.cwd(), 'config')).data.cleaning);

describe('a short line cut off by the page end is prose, not a pasted headline', () => {
  it.each([
    ['cut mid-word after a virama', 'बाढ़ से कई गांवों का संपर्क टूट गया और राहत दल के साथ विधायक तेजस्'],
    ['cut after a consonant with a vowel sign', 'बैठक में नगर निगम के अधिकारियों ने सड़कों की मरम्मत के लिए नया प्रस्ताव रखा जिसे पा'],
    ['ends on a word that cannot end a line', 'थाना प्रभारी ने बताया कि आरोपी के खिलाफ पहले भी कई मुकदमे दर्ज हैं जिनमें से दो के'],
    ['ends on कि', 'जिला शिक्षा अधिकारी सुनीता वर्मा ने कहा कि'],
  ])('%s', (_name, line) => {
    expect(tail.cutOff(line)).toBe(true);
  });

  it.each([
    ['जिला कृषि अधिकारी मनोज कुमार ने जानकारी दी'],
    ['थाना प्रभारी अजय कुमार सिंह ने बताया'],
  ])('a lead-in (prose anywhere on the page when it shares a word with the story): %s', (line) => {
    expect(tail.leadIn(line)).toBe(true);
  });

  it('narrative in the past that lost its danda (prose too, unless a bullet: a link\'s)', () => {
    expect(tail.narrative('फिल्म ने पहले दिन 42 करोड़ रुपये कमाए थे')).toBe(true);
    expect(tail.leadIn('फिल्म ने पहले दिन 42 करोड़ रुपये कमाए थे')).toBe(false);
  });
});
