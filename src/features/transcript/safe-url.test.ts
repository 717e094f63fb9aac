import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('only http(s) URLs become links', () => {
  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://example.org/support')).toBe('https://example.org/support');
    expect(safeHttpUrl(' http://www.snapengage.com/demo/integrationapi.html')).toBe(
      'http://www.snapengage.com/demo/integrationapi.html',
    );
  });

  it('refuses script, data and file URLs, relative paths and blanks', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHttpUrl('file:///etc/passwd')).toBeNull();
    expect(safeHttpUrl('www.snapengage.com')).toBeNull();
    expect(safeHttpUrl('')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
