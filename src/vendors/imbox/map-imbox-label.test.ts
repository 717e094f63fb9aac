import { describe, expect, it } from 'vitest';
import labelsSample from './__fixtures__/grab-visitor-labels.json';
import { imboxLabel } from './map-imbox-label';

describe('ImBox labels as name/value pairs', () => {
  it('makes each documented label a name with no invented value', () => {
    const labels = labelsSample.json.map((row) => imboxLabel(row.label));
    expect(labels).toEqual(labelsSample.json.map((row) => ({ name: row.label, value: '' })));
    expect(labels.length).toBeGreaterThan(0);
  });
});
