import { z } from 'zod';

/** Schema of config/entities.yaml (placeholder: the owner of this area fills it in). */
export const entitiesDataSchema = z.object({}).passthrough();

export type EntitiesData = z.infer<typeof entitiesDataSchema>;
