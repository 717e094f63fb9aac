import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

/** Renders the app into `root`. */
export function mountApp(root: HTMLElement): void {
  const reactRoot = createRoot(root);
  // The first render of the whole page (header, filters, table) as a transition: React renders it in short
  // slices. In one task it measured 200–270 ms on a slow machine's first visit; what stays in one task now
  // is putting it on the page (about 150 ms there).
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
