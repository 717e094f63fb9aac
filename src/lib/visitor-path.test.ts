import { describe, expect, it } from 'vitest';
import { emptyVisitor } from '../model/conversation';
import { parseVisitorKey, visitorPath, visitorRefOf } from './visitor-path';

describe('visitor paths', () => {
  it('round-trips an e-mail, encoded as one segment and read back lowercased', () => {
    const path = visitorPath({ kind: 'email', email: 'zoe+chat@example.org' });
    expect(path).toBe('/visitors/zoe%2Bchat%40example.org');
    const key = decodeURIComponent(path.slice('/visitors/'.length));
    expect(parseVisitorKey(key)).toEqual({ kind: 'email', email: 'zoe+chat@example.org' });
    expect(parseVisitorKey('Zoe.Muller@Example.org')).toEqual({
      kind: 'email',
      email: 'zoe.muller@example.org',
    });
  });

  it('round-trips a vendor visitor id, whatever it holds', () => {
    const ref = { kind: 'visitor-id', vendor: 'livechat', visitorId: 'S1:a/b@c' } as const;
    const key = decodeURIComponent(visitorPath(ref).slice('/visitors/'.length));
    expect(parseVisitorKey(key)).toEqual(ref);
  });

  it('refuses what names no visitor', () => {
    for (const key of [undefined, '', 'zoe', 'nosuchvendor:123', 'livechat:', 'zoe@example']) {
      expect(parseVisitorKey(key), String(key)).toBeNull();
    }
  });

  it("names a conversation's visitor by e-mail first, else by the vendor's visitor id", () => {
    const visitor = { ...emptyVisitor, email: 'Zoe@Example.org', id: 'v1' };
    expect(visitorRefOf({ vendor: 'imbox', visitor })).toEqual({ kind: 'email', email: 'zoe@example.org' });
    expect(visitorRefOf({ vendor: 'imbox', visitor: { ...visitor, email: null } })).toEqual({
      kind: 'visitor-id',
      vendor: 'imbox',
      visitorId: 'v1',
    });
    expect(visitorRefOf({ vendor: 'imbox', visitor: emptyVisitor })).toBeNull();
  });
});
