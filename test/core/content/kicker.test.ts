import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../../src/core/content/create-cleaner.js';
import { createKickerRemover } from '../../../src/core/content/kicker.js';
import { splitGluedScripts } from '../../../src/core/content/normalise.js';
import { loadData } from '../../../src/core/data/load-data.js';
import type { Removal } from '../../../src/core/content/line-tools.js';

const data = loadData(join(process.cwd(), 'config')).data.cleaning;
const stripKicker = createKickerRemover(data);
const clean = createCleaner(data);

describe('SEO kicker', () => {
  it.each([
    ['IPL 2024: मुंबई इंडियंस ने चेन्नई को हराया', 'IPL 2024', 'मुंबई इंडियंस ने चेन्नई को हराया'],
    ['Stock Market Today: सेंसेक्स 800 अंक उछला', 'Stock Market Today', 'सेंसेक्स 800 अंक उछला'],
    ['Weather Update : दिल्ली में आज बारिश के आसार', 'Weather Update', 'दिल्ली में आज बारिश के आसार'],
    ['ISRO Chandrayaan-4: 2027 में होगा लॉन्च', 'ISRO Chandrayaan-4', '2027 में होगा लॉन्च'],
    ['UP Election Result 2024: भाजपा को बढ़त', 'UP Election Result 2024', 'भाजपा को बढ़त'],
    ['Supreme Court: "कानून सबके लिए बराबर"', 'Supreme Court', '"कानून सबके लिए बराबर"'],
  ])('%s', (line, kicker, rest) => {
    const removed: Removal[] = [];
    expect(stripKicker(line, removed)).toBe(rest);
    expect(removed).toEqual([{ kind: 'kicker', text: kicker }]);
  });

  // A topical kicker in a body line is page text (eval/GOLD.md: the lead is quoted as on the page,
  // `Budget 2024: वित्त मंत्री …`); only a label kicker (`LIVE Updates:`) is furniture there too.
  it.each([
    ['a topical kicker in the body is page text', 'Stock Market: सेंसेक्स में तेजी', 'Share Market Today: बीएसई सेंसेक्स 600 अंक चढ़कर बंद हुआ।', 'सेंसेक्स में तेजी', 'Share Market Today: बीएसई सेंसेक्स 600 अंक चढ़कर बंद हुआ।'],
    ["the headline's kicker repeated on a paragraph is an echo", 'Share Market Today: सेंसेक्स में तेजी', 'Share Market Today: बीएसई सेंसेक्स 600 अंक चढ़कर बंद हुआ।', 'सेंसेक्स में तेजी', 'बीएसई सेंसेक्स 600 अंक चढ़कर बंद हुआ।'],
    ["the headline kicker's last words on a paragraph are an echo", 'Ashta Mandi bhav: चना के भाव', 'Mandi bhav: आष्टा मंडी में गेहूं के भाव तेज हुए।', 'चना के भाव', 'आष्टा मंडी में गेहूं के भाव तेज हुए।'],
    ["the headline kicker's first words are a topic of their own, page text", 'Share Market Today: सेंसेक्स में तेजी', 'Share Market: बीएसई सेंसेक्स 600 अंक चढ़कर बंद हुआ।', 'सेंसेक्स में तेजी', 'Share Market: बीएसई सेंसेक्स 600 अंक चढ़कर बंद हुआ।'],
    ["a kicker ending inside the headline kicker's last word is no echo", 'Ashta Mandi bhav: चना के भाव', 'Di bhav: आष्टा मंडी में गेहूं के भाव तेज हुए।', 'चना के भाव', 'Di bhav: आष्टा मंडी में गेहूं के भाव तेज हुए।'],
    ['a label kicker: removed from both', 'Share Market LIVE Updates: सेंसेक्स में तेजी', 'Breaking News LIVE Updates: बीएसई सेंसेक्स 600 अंक चढ़कर बंद हुआ।', 'सेंसेक्स में तेजी', 'बीएसई सेंसेक्स 600 अंक चढ़कर बंद हुआ।'],
  ])('%s', (_name, head, line, title, body) => {
    const result = clean(`${head}\n${line}`);
    expect(result.title).toBe(title);
    expect(result.body).toBe(body);
  });

  it('a page without a headline keeps its kicker in the lead and the title built from it', () => {
    const lead = 'Budget 2024: वित्त मंत्री निर्मला सीतारमण ने मंगलवार को कहा कि सरकार पूंजीगत व्यय के लिए 11.11 लाख करोड़ रुपये प्रदान करेगी।';
    const result = clean(`${lead}\nउन्होंने कहा कि राजकोषीय घाटा 4.9 फीसदी रहेगा।`);
    expect(result.body.startsWith(lead)).toBe(true);
    expect(result.title.startsWith('Budget 2024: वित्त मंत्री')).toBe(true);
  });
});

describe('Latin duplicate of a dateline', () => {
  it.each([
    ['मॉस्को moscow : मंगलवार को बैठक हुई।', 'मॉस्को: मंगलवार को बैठक हुई।'],
    ['नई दिल्ली new delhi: संसद का सत्र शुरू हुआ।', 'नई दिल्ली: संसद का सत्र शुरू हुआ।'],
    ['लखनऊ lucknow (भाषा): बारिश से तापमान गिरा।', 'लखनऊ (भाषा): बारिश से तापमान गिरा।'],
  ])('%s', (line, expected) => {
    // the dateline opens the first paragraph, so it is split off the body (dateline + body = the line)
    const result = clean(`शीर्षक की पंक्ति\n${line}`);
    expect(`${result.dateline?.text} ${result.body}`).toBe(expected);
  });
});

describe('English glued to Hindi', () => {
  it.each([
    ['दो दिवसीयofficial यात्रा', 'दो दिवसीय official यात्रा'],
    ['उसकेthe allies', 'उसके the allies'],
    ['सेंसेक्सmarket में', 'सेंसेक्स market में'],
    ['IPLमें धोनी', 'IPL में धोनी'],
    ['बीसीसीआईBCCIने', 'बीसीसीआई BCCI ने'],
    ['already spaced शब्द', 'already spaced शब्द'],
    ['5वें दिन 10th बार', '5वें दिन 10th बार'],
  ])('%s → %s', (glued, spaced) => {
    expect(splitGluedScripts(glued)).toBe(spaced);
  });
});
