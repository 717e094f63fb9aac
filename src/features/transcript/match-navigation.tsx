import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { buttonStyles } from '../../components/button-styles';

/**
 * "Match 2 of 5" with Previous and Next (also the keys n and Shift+N) over the marked words in the
 * transcript. Opening a conversation from a search scrolls to its first match. Keyed by the conversation
 * and the search, so another one starts again at its first match.
 */
export function MatchNavigation({
  threadRef,
}: {
  /** The element holding the marked messages. */
  threadRef: RefObject<HTMLElement | null>;
}) {
  // The marks are the thread's DOM elements (rendered by HighlightedText), found after each render.
  const marks = useRef<HTMLElement[]>([]);
  const [count, setCount] = useState(0);
  const [current, setCurrent] = useState(0);

  // The messages may render after this does (the pane fills in stages): the marks are counted whenever the
  // thread changes.
  useEffect(() => {
    const root = threadRef.current;
    if (!root) return;
    const scan = () => {
      marks.current = [...root.querySelectorAll<HTMLElement>('mark[data-match]')];
      setCount(marks.current.length);
    };
    scan();
    const observer = new MutationObserver(scan);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [threadRef]);

  useEffect(() => {
    const mark = marks.current[current];
    if (!mark) return;
    for (const other of marks.current) other.removeAttribute('data-current');
    mark.setAttribute('data-current', '');
    mark.scrollIntoView({ block: 'center' });
  }, [count, current]);

  const step = useCallback(
    (by: number) => setCurrent((at) => (count === 0 ? 0 : (at + by + count) % count)),
    [count],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== 'n' || event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
      )
        return;
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [step]);

  if (count === 0)
    return (
      <p className="text-xs text-slate-500">
        The search matched this visitor&apos;s details, not the messages.
      </p>
    );
  return (
    <div className="sticky top-0 z-10 -mx-1 flex items-center gap-2 rounded-md bg-white/95 px-1 py-1 text-sm shadow-xs ring-1 ring-slate-200">
      <p aria-live="polite" className="font-medium text-slate-800 tabular-nums">
        Match {current + 1} of {count}
      </p>
      <button type="button" className={buttonStyles.secondary} onClick={() => step(-1)}>
        Previous match
      </button>
      <button type="button" className={buttonStyles.secondary} onClick={() => step(1)}>
        Next match
      </button>
      <span className="ml-auto hidden text-xs text-slate-500 sm:inline">
        <kbd className="rounded border border-slate-200 px-1 font-sans">n</kbd> next ·{' '}
        <kbd className="rounded border border-slate-200 px-1 font-sans">Shift+N</kbd> previous
      </span>
    </div>
  );
}
