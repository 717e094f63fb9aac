import { describe, expect, it } from 'vitest';
import sample from './__fixtures__/integration-case.json';
import { normalizeVisitor } from './map-snapengage-visitor';
import { caseFieldsSchema } from './snapengage-api';

const visitorOf = (changes: Record<string, unknown>) =>
  normalizeVisitor(caseFieldsSchema.parse({ ...sample, ...changes }));

describe('the SnapEngage visitor', () => {
  it('reads the documented sample: requested_by wins over requester_details.emails', () => {
    expect(visitorOf({})).toMatchObject({
      name: 'Jim Tester',
      email: 'test@test.com',
      phone: '555-555-1010',
      location: 'Boulder, CO, US',
      ip: '67.174.108.196',
    });
  });

  it('takes requested_by as the name when it is not an address, but never the word "visitor"', () => {
    const details = { emails: ['Jim@Example.COM'], phones: [] };
    expect(visitorOf({ requested_by: 'Jim T.', requester_details: details })).toMatchObject({
      name: 'Jim T.',
      email: 'jim@example.com',
    });
    expect(visitorOf({ requested_by: 'visitor', requester_details: null }).name).toBeNull();
  });

  it('falls back to the top-level city and country, skipping the numeric region', () => {
    expect(visitorOf({ requester_details: null }).location).toBe('Boulder, United States');
  });
});
