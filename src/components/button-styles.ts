/** The few button looks the app uses, so every button has the same focus ring and sizes. */
const base =
  'inline-flex items-center justify-center gap-1.5 whitespace-nowrap rounded-md text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-50';

export const buttonStyles = {
  /** Toolbar buttons: white with a hairline border. */
  secondary: `${base} h-8 border border-slate-300 bg-white px-2.5 text-slate-700 shadow-xs hover:bg-slate-50`,
  /** The one accent action on a surface. */
  primary: `${base} h-8 bg-indigo-600 px-3 text-white shadow-xs hover:bg-indigo-500`,
  /** Borderless, for actions inside text or menus. */
  ghost: `${base} h-8 px-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900`,
  /** A link-looking button inside messages and banners. */
  link: `${base} h-auto p-0 text-indigo-700 underline underline-offset-2 hover:text-indigo-900`,
} as const;
