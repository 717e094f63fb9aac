import { useEffect } from 'react';

/** Sets the tab's title; a list of personal data stays out of it (titles end up in history and sharing). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
