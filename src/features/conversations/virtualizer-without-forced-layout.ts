import {
  elementScroll,
  observeElementRect,
  type Rect,
  type Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';

/*
 * TanStack Virtual's defaults, less two reads of layout while the table mounts. Each made the browser lay
 * out the whole page inside React's commit, in the task of the first render: at 100,000 conversations,
 * 75–121 ms of that task's 125–190 ms (long-animation-frame entries in a browser with no DevTools
 * attached; see docs/benchmark-log.md). The browser lays the page out anyway before it paints;
 * without these reads it does so once, in its own rendering step.
 */

type ListVirtualizer = Virtualizer<HTMLDivElement, Element>;

/**
 * The scroll area's size from ResizeObserver alone: its first report comes after the browser's own layout
 * of the frame, where the default also measures at once. `viewportRect` stands in until then.
 */
export function observeRectAfterLayout(
  instance: ListVirtualizer,
  report: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return observeElementRect(instance, report);
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize?.[0];
    // The border box, as the default's getBoundingClientRect: layout is done when this runs.
    const rect = box ? { width: box.inlineSize, height: box.blockSize } : element.getBoundingClientRect();
    report({ width: Math.round(rect.width), height: Math.round(rect.height) });
  });
  observer.observe(element, { box: 'border-box' });
  return () => observer.disconnect();
}

/** The first guess at the scroll area: the window, a little taller than the area, so no row is missing. */
export function viewportRect(): Rect {
  if (typeof window === 'undefined') return { width: 0, height: 0 };
  return { width: window.innerWidth, height: window.innerHeight };
}

const written = new WeakSet<Element>();

/**
 * Scrolls as the default does, except the virtualizer's first write to a scroll area it just attached, when
 * that is to the top: a new element is there already, and the write would only make the browser lay out
 * the page at once.
 */
export const scrollUnlessAtTopAlready: VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'] = (
  offset,
  options,
  instance,
) => {
  const element = instance.scrollElement;
  if (element && !written.has(element)) {
    written.add(element);
    if (offset === 0 && !options.adjustments) return;
  }
  elementScroll(offset, options, instance);
};
