import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { backscrollServer } from './server/vite-plugin';

export default defineConfig({
  plugins: [react(), tailwindcss(), backscrollServer()],
  // Nothing from the environment reaches the client bundle: secrets are server-only by construction.
  envPrefix: 'BACKSCROLL_PUBLIC_',
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
  },
  build: { sourcemap: false },
});
