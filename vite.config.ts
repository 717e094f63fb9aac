import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { loadEnvFile } from './server/env-file';
import { loadSecurityConfig, viteAllowedHosts } from './server/security/security-config';

/**
 * Mounts the proxy (server/) inside the dev server. It is loaded through Vite's own SSR loader rather than
 * imported here, so `vite build` never bundles server code and the dev server picks up server edits on
 * restart.
 */
function backscrollServer(): Plugin {
  return {
    name: 'backscroll-server',
    apply: 'serve',
    config(userConfig) {
      // Vite's own host check (it also guards the HMR socket) gets the same names as the server's
      // (server/security); the server's check, mounted first, refuses the rest with 421. No CORS: Vite
      // would otherwise answer other localhost origins' requests with CORS headers.
      loadEnvFile(userConfig.root ?? process.cwd());
      const security = loadSecurityConfig(process.env);
      if (!security.ok) throw new Error(security.message);
      return { server: { allowedHosts: viteAllowedHosts(security.config), cors: false } };
    },
    async configureServer(server) {
      const module: unknown = await server.ssrLoadModule('/server/dev-mount.ts');
      const mount = (module as { mountBackscroll: (s: typeof server) => Promise<void> }).mountBackscroll;
      await mount(server);
    },
  };
}

/**
 * The app starts in stages (src/main.tsx), each a dynamic import evaluated once the one before it has run.
 * So that the stages are not also fetched one after another, the page asks for every stage's file (and the
 * files they import) up front with `modulepreload`: fetched and compiled early, run in turn.
 */
function preloadStartStages(): Plugin {
  let base = '/';
  return {
    name: 'backscroll-preload-start-stages',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return [];
        const files = new Set<string>();
        const add = (file: string) => {
          const found = bundle[file];
          if (files.has(file) || file === chunk.fileName || found?.type !== 'chunk') return;
          files.add(file);
          for (const imported of found.imports) add(imported);
        };
        for (const file of chunk.dynamicImports) add(file);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), backscrollServer(), preloadStartStages()],
  // Nothing from the environment reaches the client bundle: secrets are server-only by construction.
  envPrefix: 'BACKSCROLL_PUBLIC_',
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
  },
  // The list's script (about 1.3 MB, 380 kB gzipped) in the start's stages (src/main.tsx), and the overview
  // with its charts apart, loaded when opened. The browser keeps them (server/built-site.ts).
  build: { sourcemap: false, chunkSizeWarningLimit: 1300 },
  // The history worker (src/vendors/history/history-worker.ts) is an ES module like the app.
  worker: { format: 'es' },
});
