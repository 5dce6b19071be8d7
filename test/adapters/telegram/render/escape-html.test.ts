import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../src/adapters/telegram/render/escape-html.js';

describe('escapeHtml', () => {
  it.each([
    ['<b>&', '&lt;b&gt;&amp;'],
    ['"quoted"', '&quot;quoted&quot;'],
    ['&amp;', '&amp;amp;'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ["it's", "it's"],
    ['सेंसेक्स 81,200 पर', 'सेंसेक्स 81,200 पर'],
    ['👨‍👩‍👧‍👦 & 🇮🇳', '👨‍👩‍👧‍👦 &amp; 🇮🇳'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});
