import { describe, expect, it } from 'vitest';
import { encodeParts } from './encode-parts';

describe('encoding the CSV parts', () => {
  it('writes UTF-8 bytes, the BOM as EF BB BF, and non-ASCII names intact', async () => {
    const parts = ['\uFEFFvendor,visitor_name\r\n', 'livechat,Zoë 李雷\r\n'];
    const bytes = await encodeParts(parts, { sliceBudgetMs: 0 });
    expect(bytes).toHaveLength(2);
    expect([...(bytes[0]?.slice(0, 3) ?? [])]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes[1])).toBe('livechat,Zoë 李雷\r\n');
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('Cancelled', 'AbortError'));
    await expect(encodeParts(['a'], { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
