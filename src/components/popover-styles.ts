/**
 * The surface every popover panel shares: never wider than the window less a margin, so that on a phone a
 * panel React Aria places at a button's edge stays whole on screen. Each panel adds its width, padding and
 * stacking.
 */
export const popoverSurface =
  'max-w-[calc(100vw-1.5rem)] rounded-lg border border-slate-200 bg-white shadow-lg';
