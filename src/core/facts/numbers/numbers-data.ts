import { z } from 'zod';

/** Schema of config/numbers.yaml (placeholder: the owner of this area fills it in). */
export const numbersDataSchema = z.object({}).passthrough();

export type NumbersData = z.infer<typeof numbersDataSchema>;
