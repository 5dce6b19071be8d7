import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCutTail } from '../../../src/core/content/cut-tail.js';
import { loadData } from '../../../src/core/data/load-data.js';

const tail = createCutTail(loadData(join(process.cwd(), 'config')).data.cleaning);

describe('lines that end whole stay headlines (negative cases)', () => {
  it.each([
    ['a headline ending in a verb', 'विराट कोहली ने जड़ा 50वां वनडे शतक, सचिन का रिकॉर्ड टूटा'],
    ['a headline ending in a one-syllable word of the short list', 'सोने के दाम में आज भी तेजी, खरीदारी से पहले जान लें क्या है'],
    ['a headline ending in a name', 'बजट पर बोले वित्त मंत्री अरुण जेटली'],
    ['too short to tell', 'अध्यक्ष ने कहा'],
    ['Latin furniture', 'Read more on the site and'],
    ['a speech verb that is not a lead-in end', 'मुख्यमंत्री ने कहा किसानों को मिलेगा पूरा मुआवजा'],
    // a whole short word at the end: की ends a verb (folds like कि, which dangles), not a cut-off line (reviewer)
    ['a headline ending in की', 'भारत ने पाकिस्तान को हराकर जीत दर्ज की'],
    // था only as a whole word: थाना ends a headline
    ['a headline ending in थाना', 'नाराज ग्रामीणों ने देर रात घेरा थाना'],
  ])('%s', (_name, line) => {
    expect(tail.cutOff(line)).toBe(false);
    expect(tail.leadIn(line)).toBe(false);
    expect(tail.narrative(line)).toBe(false);
  });
});
