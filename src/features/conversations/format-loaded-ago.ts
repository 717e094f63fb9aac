/** "Loaded just now", "Loaded 3 min ago", "Loaded 2 h ago", "Loaded 5 days ago"; "Not loaded yet". */
export function formatLoadedAgo(at: number | null, now: number): string {
  if (at === null) return 'Not loaded yet';
  const minutes = Math.floor(Math.max(0, now - at) / 60_000);
  if (minutes < 1) return 'Loaded just now';
  if (minutes < 60) return `Loaded ${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `Loaded ${hours} h ago`;
  const days = Math.floor(hours / 24);
  return `Loaded ${days} ${days === 1 ? 'day' : 'days'} ago`;
}
