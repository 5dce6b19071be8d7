import type { APIEmbedField } from 'discord.js';
import type { Language } from '../../../app/ports/store-port.js';
import type { KeyFacts, Story } from '../../../core/digest/digest-model.js';
import { packBlocks } from '../../../core/digest/split/pack-blocks.js';
import { FIELD_LABELS, label } from './discord-labels.js';
import { DISCORD_LIMITS as L } from './embed-limits.js';
import { mdLine, plain } from './markdown-text.js';

const FACT_KINDS: readonly (keyof KeyFacts)[] = ['dates', 'numbers', 'people', 'places', 'organisations'];

/**
 * A story's fields: one per key-fact kind (inline), then sources and related stories. Values are
 * escaped and joined with `, `; a list longer than 1024 continues in a field named `Label (2)`, and a
 * single value longer than 1024 is split at words / graphemes by splitText.
 */
export function storyFields(story: Story, language: Language): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  for (const kind of FACT_KINDS) fields.push(...listFields(label(FIELD_LABELS[kind], language), story.keyFacts[kind], true));
  const sources = story.sources.map((s) => (s.published ? `${s.article} (${s.published})` : s.article));
  fields.push(...listFields(label(FIELD_LABELS.sources, language), sources, false));
  fields.push(...listFields(label(FIELD_LABELS.seeAlso, language), story.related, false));
  return fields;
}

/** `values` as fields of at most 1024 characters each, in order. */
export function listFields(name: string, values: readonly string[], inline: boolean): APIEmbedField[] {
  const pieces = values.flatMap((value) => mdLine(value, plain, L.fieldValue));
  return packBlocks(pieces, L.fieldValue, ', ').map((value, i) => ({
    name: i === 0 ? name : `${name} (${i + 1})`,
    value,
    inline,
  }));
}
