import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

/**
 * Zod's JSON Schema output (every schema carries a `toJSONSchema` method, so no bundler can drop
 * it) serves the server's OpenAPI document, never the web app, yet weighs ~4 kB gzip of the
 * first visit's 150 kB budget. In the web build its two modules become stubs that keep their
 * export names and throw if ever called.
 */
function withoutZodJsonSchema(): Plugin {
  const stubbed = /[\\/]zod[\\/]v4[\\/]core[\\/](json-schema-processors|to-json-schema)\.js$/;
  return {
    name: 'without-zod-json-schema',
    apply: 'build',
    load(id) {
      if (!stubbed.test(id)) return null;
      const source = readFileSync(id, 'utf8');
      const names = [...source.matchAll(/^export (?:function|const) (\w+)/gm)].map((m) => m[1] ?? '');
      const alias = /^export \{ (\w+) as (\w+) \};$/m.exec(source);
      const lines = [
        "const unavailable = () => { throw new Error('JSON Schema is not part of the web app'); };",
        // The factories are called when a schema is built; what they make is what must not run.
        ...names.map((name) => `export const ${name} = ${name.startsWith('create') ? '() => unavailable' : 'unavailable'};`),
      ];
      if (alias) lines.push(`export { ${alias[1]} as ${alias[2]} };`);
      return lines.join('\n');
    },
  };
}

// The web app lives in src/web and is built into dist/web, which the server serves.
export default defineConfig({
  root: 'src/web',
  plugins: [
    react(),
    withoutZodJsonSchema(),
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
