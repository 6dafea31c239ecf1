import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web client: built into dist/ui and served by the Hono server (same origin, strict CSP). */
export default defineConfig({
  root: 'src/ui',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/ui',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/openapi.json': 'http://127.0.0.1:3000' },
  },
});
