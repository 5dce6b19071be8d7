import { z } from 'zod';

/** Schema of config/cleaning.yaml (placeholder: the owner of this area fills it in). */
export const cleaningDataSchema = z.object({}).passthrough();

export type CleaningData = z.infer<typeof cleaningDataSchema>;
