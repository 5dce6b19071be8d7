import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleaningDataSchema } from '../../../src/core/content/cleaning-data.js';
import { createCleaner } from '../../../src/core/content/create-cleaner.js';
import { parseYaml, readYaml } from '../../../src/core/data/read-yaml.js';

describe('cleaningDataSchema', () => {
  it('accepts {} and degrades to empty data', () => {
    const data = cleaningDataSchema.parse({});
    expect(data.footer.markers).toEqual([]);
    expect(data.headline.stopwords).toEqual([]);
    expect(data.kicker.pattern).toBeUndefined();
  });

  it('the real config/cleaning.yaml validates', () => {
    const result = readYaml(join(process.cwd(), 'config', 'cleaning.yaml'), cleaningDataSchema, 'config/cleaning.yaml');
    expect(result.problems).toEqual([]);
    expect(result.value?.agencies).toContain('पीटीआई');
  });

  it('an invalid regex is reported with its line', () => {
    const result = parseYaml('footer:\n  markers:\n    - "Tags:"\n    - "(unclosed"\n', cleaningDataSchema, 'config/cleaning.yaml');
    expect(result.value).toBeNull();
    expect(result.problems).toEqual([expect.objectContaining({ file: 'config/cleaning.yaml', line: 4, severity: 'error' })]);
  });

  it('a YAML syntax error is reported with its line', () => {
    const result = parseYaml('footer:\n  markers: [unclosed\n', cleaningDataSchema, 'config/cleaning.yaml');
    expect(result.problems[0]).toEqual(expect.objectContaining({ line: expect.any(Number), severity: 'error' }));
  });

  it('a cleaner built from empty data still splits title and body and never throws', () => {
    const clean = createCleaner(cleaningDataSchema.parse({}));
    expect(clean('यह है शीर्षक\nपहला वाक्य।\nदूसरा वाक्य।')).toEqual({ title: 'यह है शीर्षक', body: 'पहला वाक्य।\nदूसरा वाक्य।', dateline: null, entries: [], removed: [] });
  });
});
