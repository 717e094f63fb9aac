import { useEffect, useEffectEvent } from 'react';
import { buttonStyles } from '../../components/button-styles';
import { ChevronDownIcon } from '../../components/icons';
import type { Conversation } from '../../model/conversation';
import { formatCount } from './format';
import { stepForKey, type Neighbours } from './neighbours';

/**
 * Previous / next conversation of the filtered, sorted list, for the reading pane's header: two buttons,
 * where the open one sits ("3 of 935") and the keys (K and J, anywhere but in a field). Reviewing many
 * chats is then one key per chat instead of closing and reopening the pane.
 */
export function ConversationStepper({
  neighbours,
  onStep,
}: {
  neighbours: Neighbours<Conversation>;
  onStep: (conversation: Conversation) => void;
}) {
  const { previous, next, position, total } = neighbours;
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const step = stepForKey(event);
    const target = step === 'next' ? next : step === 'previous' ? previous : null;
    if (!target) return;
    event.preventDefault();
    onStep(target);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return (
    <div className="flex items-center gap-1">
      <button
        type="button"
        aria-label="Previous conversation"
        aria-keyshortcuts="K"
        title="Previous conversation (K)"
        disabled={previous === null}
        onClick={() => previous && onStep(previous)}
        className={`${buttonStyles.secondary} size-8 px-0`}
      >
        <ChevronDownIcon className="size-4 rotate-180 text-slate-700" />
      </button>
      <button
        type="button"
        aria-label="Next conversation"
        aria-keyshortcuts="J"
        title="Next conversation (J)"
        disabled={next === null}
        onClick={() => next && onStep(next)}
        className={`${buttonStyles.secondary} size-8 px-0`}
      >
        <ChevronDownIcon className="size-4 text-slate-700" />
      </button>
      <p className="ml-1 text-xs whitespace-nowrap text-slate-600 tabular-nums">
        {position === null ? (
          'Not in the filtered list'
        ) : (
          <>
            {formatCount(position)} of {formatCount(total)}
            <span className="hidden sm:inline">
              {' · '}
              <kbd className="rounded border border-slate-300 px-1 font-sans text-[11px]">K</kbd>
              {' / '}
              <kbd className="rounded border border-slate-300 px-1 font-sans text-[11px]">J</kbd> keys
            </span>
          </>
        )}
      </p>
    </div>
  );
}
