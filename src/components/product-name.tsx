import { LogoMark } from './icons';

const nameStyles = 'flex shrink-0 items-center gap-2 text-[15px] font-semibold tracking-tight text-slate-900';

/**
 * The product's mark and name. The page's top heading in a header; elsewhere (the signed-out page, whose
 * heading says what happened) a line of its own, with `className` for its place.
 */
export function ProductName({ heading = false, className = '' }: { heading?: boolean; className?: string }) {
  const content = (
    <>
      <LogoMark className="size-6" />
      Backscroll
    </>
  );
  return heading ? (
    <h1 className={`${nameStyles} ${className}`}>{content}</h1>
  ) : (
    <p className={`${nameStyles} ${className}`}>{content}</p>
  );
}
