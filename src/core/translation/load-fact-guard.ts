import { join } from 'node:path';
import { readYaml } from '../data/read-yaml.js';
import { numbersDataSchema } from '../facts/numbers/numbers-data.js';
import type { Problem } from '../types.js';
import { createFactGuard, type FactGuard } from './fact-guard.js';
import { translationDataSchema } from './translation-data.js';

/**
 * The fact guard over config/translation.yaml and the Hindi number words of config/numbers.yaml.
 * Never throws: a broken file is a problem and its part falls back to empty (a stricter guard).
 */
export function loadFactGuard(configDir: string): { guard: FactGuard; problems: Problem[] } {
  const translation = readYaml(join(configDir, 'translation.yaml'), translationDataSchema, join('config', 'translation.yaml'));
  const numbers = readYaml(join(configDir, 'numbers.yaml'), numbersDataSchema, join('config', 'numbers.yaml'));
  const guard = createFactGuard(translation.value ?? translationDataSchema.parse({}), numbers.value?.words ?? {});
  return { guard, problems: [...translation.problems, ...numbers.problems] };
}
