import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev`: the Vite dev server proxies /api to the API on its default port.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: { outDir: 'dist', sourcemap: true },
});
