import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

// The web app lives in src/web and is built into dist/web, which the server serves.
export default defineConfig({
  root: 'src/web',
  plugins: [
    react(),
    // Phones on a slow rural connection get each file pre-compressed at the highest levels (brotli 11,
    // gzip 9): done once here, the server only picks the variant the browser accepts.
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(html|css|js|mjs|svg|json|webmanifest)$/,
      // Vite's manifest is read by `npm run bench:bundle`, never served.
      exclude: /\.vite\//,
    }),
  ],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // dist/web/.vite/manifest.json: which chunks each page needs, for the bundle budget.
    manifest: true,
    // Every browser the programme's phones run (Chrome for Android since 66, Safari since 17)
    // preloads modules itself; the polyfill only sped up older ones, and the first visit needs its bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'first-visit', tags: ['$initial'] }] } } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
