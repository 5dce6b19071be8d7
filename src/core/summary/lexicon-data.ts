import { z } from 'zod';

/** Schema of config/lexicon.yaml (placeholder: the owner of this area fills it in). */
export const lexiconDataSchema = z.object({}).passthrough();

export type LexiconData = z.infer<typeof lexiconDataSchema>;
