import { keyFactsLine, type Digest, type Story } from '../digest-model.js';

export type DigestLanguage = 'both' | 'hi' | 'en';

/** Plain-text digest: numbered stories, bilingual bullets, a key-facts line and the sources. */
export function renderText(digest: Digest, lang: DigestLanguage = 'both'): string {
  const head = `khabar · ${digest.edition} · ${digest.stories.length} ${digest.stories.length === 1 ? 'story' : 'stories'}`;
  if (digest.stories.length === 0) return `${head}\nNothing new. / कोई नई खबर नहीं।\n`;
  const blocks = digest.stories.map((story, i) => storyText(story, i + 1, lang));
  const more = digest.more > 0 ? [`…and ${digest.more} more ${digest.more === 1 ? 'story' : 'stories'}.`] : [];
  return `${[head, '', ...blocks, ...more].join('\n')}\n`;
}

function storyText(story: Story, n: number, lang: DigestLanguage): string {
  const lines: string[] = [];
  if (lang !== 'hi') lines.push(`${n}. ${story.title.en}`);
  if (lang !== 'en') lines.push(lang === 'hi' ? `${n}. ${story.title.hi}` : `   ${story.title.hi}`);
  story.bullets.hi.forEach((hi, i) => {
    const en = story.bullets.en[i] ?? '';
    if (lang === 'both') lines.push(`   • ${en}`, `     ${hi}`);
    else lines.push(`   • ${lang === 'hi' ? hi : en}`);
  });
  const facts = keyFactsLine(story.keyFacts);
  if (facts) lines.push(`   Key facts: ${facts}`);
  lines.push(`   Sources: ${story.sources.map((s) => `${s.article} (${s.published})`).join(', ')}`);
  if (story.related.length > 0) lines.push(`   See also: ${story.related.join(', ')}`);
  lines.push('');
  return lines.join('\n');
}
