import { z } from 'zod';

const values = z.record(z.string().min(1), z.number()).default({});
const phrases = z.array(z.string().min(1)).default([]);
const directions = z.partialRecord(z.enum(['-1', '0', '1']), phrases).default({});

/**
 * Schema of config/translation.yaml: the English number, scale, ordinal and relative-date words the
 * fact guard reads in a provider's translation, and the Hindi ordinals that allow an English one.
 * Every key defaults to empty: `{}` (a broken file) yields a guard that reads digits only.
 */
export const translationDataSchema = z.object({
  numberWords: values,
  scales: values,
  vague: values,
  ordinals: values,
  hindiOrdinals: z.record(z.string().regex(/^\d+$/), phrases).default({}),
  relative: z
    .object({ day: directions, week: directions, month: directions, year: directions })
    .prefault({}),
  offsetWords: z.object({ past: phrases, future: phrases }).prefault({}),
});

export type TranslationData = z.infer<typeof translationDataSchema>;
