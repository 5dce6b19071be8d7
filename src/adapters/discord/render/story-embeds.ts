import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Language } from '../../../app/ports/store-port.js';
import type { Story } from '../../../core/digest/digest-model.js';
import { splitText } from '../../../core/digest/split/split-text.js';
import { storyFields } from './story-fields.js';
import { COLOURS, DISCORD_LIMITS as L, embedSize } from './embed-limits.js';
import { bold, escapeText, mdLine, mdLines, plain, prefixed } from './markdown-text.js';

const BULLET = prefixed('• ');
const HINDI_INDENT = prefixed('\u2003');
/** Footers are metadata (story id and date); kept short so a story embed always fits its budget. */
const FOOTER_MAX = 200;

/**
 * One story as embeds: the first has the numbered title, then the description (bilingual bullets),
 * then fields (dates, numbers, people, places, organisations, sources, see also), the footer on the last.
 * A story that does not fit one embed (description 4096, 25 fields, 6000 in all) continues in more
 * embeds of the same colour; nothing is cut off.
 */
export function storyEmbeds(story: Story, n: number, language: Language): APIEmbed[] {
  const { title, overflow } = storyTitle(story, n, language);
  const blocks = [...overflow, ...hindiTitle(story, language), ...bulletBlocks(story, language)];
  return assemble(title, blocks, storyFields(story, language), footerText(story));
}

function assemble(title: string, blocks: string[], fields: APIEmbedField[], footer: string): APIEmbed[] {
  const budget = L.totalPerMessage - footer.length;
  const embeds: APIEmbed[] = [];
  let current: APIEmbed = { color: COLOURS.story, title };
  const next = (): void => {
    embeds.push(current);
    current = { color: COLOURS.story };
  };
  for (const block of blocks) {
    const description = current.description === undefined ? block : `${current.description}\n${block}`;
    const grown = embedSize(current) - (current.description?.length ?? 0) + description.length;
    if (description.length <= L.description && grown <= budget) {
      current.description = description;
    } else {
      next();
      current.description = block;
    }
  }
  for (const field of fields) {
    const count = current.fields?.length ?? 0;
    if (count >= L.fields || embedSize(current) + field.name.length + field.value.length > budget) next();
    (current.fields ??= []).push(field);
  }
  if (footer) current.footer = { text: footer };
  embeds.push(current);
  return embeds;
}

/** The title (≤ 256, with `…` when cut); the rest of a long title opens the description. */
function storyTitle(story: Story, n: number, language: Language): { title: string; overflow: string[] } {
  const text = (language === 'hi' ? pick(story.title.hi, story.title.en) : pick(story.title.en, story.title.hi)) || story.id;
  const prefix = `${n}. `;
  const measure = (piece: string): number => prefix.length + escapeText(piece).length + 1;
  const trimmed = text.trim();
  const [head = ''] = splitText(trimmed, L.title, measure);
  if (head.length === trimmed.length) return { title: `${prefix}${escapeText(head)}`, overflow: [] };
  const rest = trimmed.slice(head.length).trim();
  return { title: `${prefix}${escapeText(head)}…`, overflow: mdLine(`…${rest}`, plain, L.description) };
}

/** In `both`, the Hindi title in bold under the English one. */
function hindiTitle(story: Story, language: Language): string[] {
  const { hi, en } = story.title;
  if (language !== 'both' || !en.trim() || !hi.trim()) return [];
  return mdLine(hi, bold, L.description);
}

function bulletBlocks(story: Story, language: Language): string[] {
  const { hi, en } = story.bullets;
  const blocks: string[] = [];
  for (let i = 0; i < Math.max(hi.length, en.length); i++) {
    const hiLine = hi[i] ?? '';
    const enLine = en[i] ?? '';
    if (language !== 'both') {
      blocks.push(...mdLine(language === 'hi' ? pick(hiLine, enLine) : pick(enLine, hiLine), BULLET, L.description));
      continue;
    }
    const pair = mdLines([[enLine, BULLET], [hiLine, enLine.trim() ? HINDI_INDENT : BULLET]], L.description);
    blocks.push(...(pair.length <= 1 ? pair : [...mdLine(enLine, BULLET, L.description), ...mdLine(hiLine, BULLET, L.description)]));
  }
  return blocks;
}

function footerText(story: Story): string {
  const text = [story.id, story.published].filter((s) => s.trim()).join(' · ');
  return splitText(text, FOOTER_MAX)[0] ?? '';
}

function pick(want: string, other: string): string {
  return want.trim() ? want : other;
}
