import { describe, expect, it } from 'vitest';
import { encodeParts } from './encode-parts';

describe('encoding the CSV parts', () => {
  it('writes UTF-8 bytes, the BOM as EF BB BF, and non-ASCII names intact', async () => {
    const parts = ['\uFEFFvendor,visitor_name\r\n', 'livechat,Zoë 李雷\r\n'];
    const blobs = await encodeParts(parts, { sliceBudgetMs: 0 });
    const bytes = new Uint8Array(await new Blob(blobs).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('vendor,visitor_name\r\nlivechat,Zoë 李雷\r\n');
  });

  it('splits a large file into Blobs of a few megabytes, in order', async () => {
    const line = `${'x'.repeat(1023)}\n`;
    const parts = Array.from({ length: 5 * 1024 }, () => line);
    const blobs = await encodeParts(parts, { sliceBudgetMs: 1000 });
    expect(blobs.length).toBeGreaterThanOrEqual(3);
    expect(blobs.every((blob) => blob.size <= 2 * 1024 * 1024)).toBe(true);
    expect(await new Blob(blobs).text()).toBe(parts.join(''));
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('Cancelled', 'AbortError'));
    await expect(encodeParts(['a'], { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
