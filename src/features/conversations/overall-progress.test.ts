import { describe, expect, it } from 'vitest';
import { overallProgress } from './overall-progress';

describe('overallProgress', () => {
  it('is null once no vendor is loading', () => {
    expect(
      overallProgress(
        [
          { vendor: 'livechat', state: 'ready' },
          { vendor: 'imbox', state: 'error' },
        ],
        new Map(),
      ),
    ).toBeNull();
  });

  it('counts settled vendors whole and loading ones by their pages', () => {
    const result = overallProgress(
      [
        { vendor: 'socialintents', state: 'ready' },
        { vendor: 'livechat', state: 'loading' },
        { vendor: 'imbox', state: 'error' },
        { vendor: 'snapengage', state: 'loading' },
      ],
      new Map([['livechat', { done: 30, total: 60 }]]),
    );
    expect(result).toEqual({ fraction: (1 + 0.5 + 1 + 0) / 4, settled: 2, total: 4 });
  });
});
