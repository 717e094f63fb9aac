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

export default defineConfig({
  plugins: [react(), tailwindcss(), backscrollServer()],
  // Nothing from the environment reaches the client bundle: secrets are server-only by construction.
  envPrefix: 'BACKSCROLL_PUBLIC_',
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
  },
  // One bundle for the list (about 1.3 MB, 380 kB gzipped), and the overview with its charts apart, loaded
  // when opened. The browser keeps both (server/built-site.ts).
  build: { sourcemap: false, chunkSizeWarningLimit: 1300 },
  // The history worker (src/vendors/history/history-worker.ts) is an ES module like the app.
  worker: { format: 'es' },
});
