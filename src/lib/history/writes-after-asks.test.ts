import { describe, expect, it } from 'vitest';
import { whenNoListIsUnderWay, whileAsking, whileHandingOver } from './writes-after-asks';

/** A promise and the function that settles it. */
function deferred() {
  let settle: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => (settle = resolve));
  return { promise, settle };
}

const settledYet = async (promise: Promise<void>) => {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resume) => setTimeout(resume, 5));
  return settled;
};

describe('writes wait for the lists', () => {
  it('a write waits while a vendor is asked', async () => {
    const ask = deferred();
    const asking = whileAsking(() => ask.promise);
    const write = whenNoListIsUnderWay();
    expect(await settledYet(write)).toBe(false);
    ask.settle();
    await asking;
    expect(await settledYet(write)).toBe(true);
  });

  it('a write waits for a list handed over after it was answered, in the same task', async () => {
    const handOver = deferred();
    // As in the history worker: the list's answer lets its write wait, then its rows go to the page.
    const write = whenNoListIsUnderWay();
    const handing = Promise.resolve().then(() => whileHandingOver(() => handOver.promise));
    expect(await settledYet(write)).toBe(false);
    handOver.settle();
    await handing;
    expect(await settledYet(write)).toBe(true);
  });

  it('a write waiting for an ask also waits for the hand-over that follows it in the same task', async () => {
    const ask = deferred();
    const handOver = deferred();
    const asking = whileAsking(() => ask.promise).then(() => whileHandingOver(() => handOver.promise));
    const write = whenNoListIsUnderWay();
    expect(await settledYet(write)).toBe(false);
    ask.settle();
    expect(await settledYet(write)).toBe(false);
    handOver.settle();
    await asking;
    expect(await settledYet(write)).toBe(true);
  });

  it('a write goes ahead when nothing is asked or handed over', async () => {
    expect(await settledYet(whenNoListIsUnderWay())).toBe(true);
  });
});
