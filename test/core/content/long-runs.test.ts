import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../../src/core/content/create-cleaner.js';
import { createLineJoiner } from '../../../src/core/content/join-lines.js';
import { loadData } from '../../../src/core/data/load-data.js';

/**
 * Regressions for inputs that used to cost quadratic time (the cost itself is measured by
 * `npm run bench`): the pathological shape at a modest size must still be cleaned correctly.
 */
const data = loadData(join(process.cwd(), 'config')).data.cleaning;
const clean = createCleaner(data);
const joinLines = createLineJoiner(data);

describe('long runs in the cleaner', () => {
  it('a one-line page with its headline printed hundreds of times keeps one title and the story', () => {
    const title = 'बिहार में बाढ़ से सात लोगों की मौत';
    const story =
      'पटना में राहत शिविरों में दो हजार लोग पहुंचे। प्रशासन ने नावें भेजीं और गांवों से लोगों को निकाला। जिलाधिकारी ने कहा कि नदी का जलस्तर अब भी खतरे के निशान से ऊपर है और अगले दो दिन बारिश की चेतावनी है।';
    const page = clean(`${`${title} `.repeat(400)}${story}`);
    expect(page.title).toBe(title);
    expect(page.body).toBe(story);
  });

  it('thousands of lines that each dangle into the next are joined into one paragraph', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `गांव ${i + 1} के`);
    lines.push('लोग घर लौट आए।');
    expect(joinLines(lines)).toEqual([lines.join(' ')]);
  });

  it('a line that is one piece stays as it is beside blank lines', () => {
    const lines = ['पहला वाक्य पूरा हुआ।', '', 'दूसरा वाक्य भी पूरा हुआ।'];
    expect(joinLines(lines)).toEqual(lines);
  });
});
