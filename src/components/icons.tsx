/**
 * Every icon the app draws, in one place: inline SVG (no icon font, no request), hidden from assistive
 * technology because the control or text beside each one says what it means. Size and colour come from
 * `className` (`size-4 text-slate-500`); strokes use `currentColor`.
 */
type IconProps = { className?: string };

/** Stroked outline icons on a 20-unit grid, the style most of the app's icons share. */
function OutlineIcon({ className, d, width = 1.75 }: IconProps & { d: string; width?: number }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={className}>
      <path
        d={d}
        fill="none"
        stroke="currentColor"
        strokeWidth={width}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** Opens a menu or a list of choices. */
export function ChevronDownIcon({ className }: IconProps) {
  return <OutlineIcon className={className} d="M5.5 8l4.5 4.5L14.5 8" />;
}

/** Unfolds a section (rotate it to show it open). */
export function ChevronRightIcon({ className }: IconProps) {
  return <OutlineIcon className={className} d="M7.5 5l5 5-5 5" />;
}

/** The tick inside a chosen option's box. */
export function CheckIcon({ className }: IconProps) {
  return <OutlineIcon className={className} width={2.5} d="M5 10.5l3.2 3L15 7" />;
}

export function CloseIcon({ className }: IconProps) {
  return <OutlineIcon className={className} d="M5 5l10 10M15 5L5 15" />;
}

export function SearchIcon({ className }: IconProps) {
  return <OutlineIcon className={className} d="M8.5 14a5.5 5.5 0 110-11 5.5 5.5 0 010 11zm4-1.5L17 17" />;
}

/** Three narrowing lines: the folded filters on narrow windows. */
export function FilterIcon({ className }: IconProps) {
  return <OutlineIcon className={className} d="M3 5h14M6 10h8M8.5 15h3" />;
}

/** Lines of a list: an empty result. */
export function ListIcon({ className }: IconProps) {
  return <OutlineIcon className={className} width={1.5} d="M4 5.5h12M4 10h12M4 14.5h7" />;
}

export function DownloadIcon({ className }: IconProps) {
  return (
    <OutlineIcon
      className={className}
      d="M10 3v9m0 0l-3.5-3.5M10 12l3.5-3.5M4 14.5V16a1 1 0 001 1h10a1 1 0 001-1v-1.5"
    />
  );
}

export function PaperclipIcon({ className }: IconProps) {
  return (
    <OutlineIcon
      className={className}
      width={1.5}
      d="M13.5 6.5l-5.8 5.8a1.5 1.5 0 002.1 2.1l6-6a3 3 0 00-4.2-4.2l-6 6a4.5 4.5 0 006.3 6.4l5.4-5.4"
    />
  );
}

/** A filled circle with an exclamation mark: something failed. */
export function AlertIcon({ className }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={className}>
      <path
        fill="currentColor"
        d="M10 2a8 8 0 100 16 8 8 0 000-16zm-.75 4.5h1.5v5h-1.5v-5zm0 6.5h1.5v1.5h-1.5V13z"
      />
    </svg>
  );
}

/** A filled triangle showing a column's sort direction; transparent (but sized) when unsorted. */
export function SortArrowIcon({ direction, className }: IconProps & { direction: 'asc' | 'desc' }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={className}>
      <path d={direction === 'asc' ? 'M8 4l4 5H4z' : 'M8 12l4-5H4z'} fill="currentColor" />
    </svg>
  );
}

// Thumb outline (Heroicons-like), drawn rather than an emoji so it looks the same on every system.
const THUMB =
  'M7 10v9H4.5A1.5 1.5 0 013 17.5v-6A1.5 1.5 0 014.5 10H7zm0 0l3.6-6.3a1.6 1.6 0 012.9 1.2L12.6 9h5a2 2 0 012 2.3l-1.1 6A2 2 0 0116.5 19H7';

/** Thumbs up; rotate it half a turn for thumbs down. */
export function ThumbIcon({ className }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={className}>
      <path d={THUMB} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinejoin="round" />
    </svg>
  );
}

/** A level-mouthed face: a neutral rating. */
export function NeutralFaceIcon({ className }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={className}>
      <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.75" />
      <path
        d="M8.5 14.5h7M9 9.5h.01M15 9.5h.01"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** Backscroll's mark: three lines of a transcript on an indigo square. */
export function LogoMark({ className }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={className}>
      <rect width="24" height="24" rx="6" className="fill-indigo-600" />
      <path d="M7 8h10M7 12h10M7 16h6" stroke="white" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
