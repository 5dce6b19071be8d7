import { describe, expect, it } from 'vitest';
import { parseTelegramHtml } from './html.js';

describe('parseTelegramHtml (the fake\'s parse_mode=HTML check)', () => {
  it.each([
    ['<b>bold</b> & text', true],
    ['a &lt;b&gt; &#2325; &#x915;', true],
    ['<a href="https://x.in/?a=1&amp;b=2">link</a>', true],
    ['<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>', true],
    ['<pre><code class="language-ts">x</code></pre><blockquote expandable>q</blockquote>', true],
    ['<b>unclosed', false],
    ['<b><i>x</b></i>', false],
    ['x </b>', false],
    ['5 < 6', false],
    ['<div>x</div>', false],
    ['<span>x</span>', false],
    ['<b', false],
  ])('parseTelegramHtml(%j) ok=%s', (html, valid) => {
    expect(parseTelegramHtml(html).ok).toBe(valid);
  });

  it('parseTelegramHtml returns plain text and UTF-16 entities', () => {
    expect(parseTelegramHtml('भारत <i>जीता</i> <pre><code class="language-ts">x</code></pre>')).toEqual({
      ok: true,
      text: 'भारत जीता x',
      entities: [
        { type: 'italic', offset: 5, length: 4 },
        { type: 'pre', offset: 10, length: 1, language: 'ts' },
      ],
    });
    expect(parseTelegramHtml('<b>x')).toEqual({ ok: false, error: 'Can\'t find end tag corresponding to start tag "b"' });
    expect(parseTelegramHtml('ab <foo>')).toEqual({ ok: false, error: 'Unsupported start tag "foo" at byte offset 3' });
  });

});
