import { z } from 'zod';

/** Schema of config/dates.yaml (placeholder: the owner of this area fills it in). */
export const datesDataSchema = z.object({}).passthrough();

export type DatesData = z.infer<typeof datesDataSchema>;
