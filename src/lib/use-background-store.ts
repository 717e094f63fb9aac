import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * A store's value, updated in a transition: for stores that change many times a second while a load runs
 * (its progress, the rows arriving). `useSyncExternalStore` renders every change synchronously, and a
 * synchronous update anywhere throws away the render in progress of the page's own transitions (a vendor's
 * rows shown, a filter): restarted several times a second on a busy machine, such a render ran out its five
 * seconds and React then did it in one go, a task of 100–150 ms. A transition does not interrupt another
 * one, and is itself rendered in slices. The value shown may lag its store by a render, which is all
 * progress needs. `key` names what `read` reads (a vendor): when it changes, the value is read at once.
 */
export function useBackgroundStore<Value>(
  subscribe: (listener: () => void) => () => void,
  read: () => Value,
  key = '',
): Value {
  const [held, setHeld] = useState(() => ({ key, value: read() }));
  const latestRead = useRef(read);
  useLayoutEffect(() => {
    latestRead.current = read;
  });
  useEffect(() => {
    const update = () =>
      startTransition(() =>
        setHeld((previous) => {
          const value = latestRead.current();
          return previous.key === key && Object.is(previous.value, value) ? previous : { key, value };
        }),
      );
    // A change between the render and the subscription would otherwise wait for the next one.
    update();
    return subscribe(update);
  }, [subscribe, key]);
  return held.key === key ? held.value : read();
}
