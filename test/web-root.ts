import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * A stand-in for dist/web, as `npm run build:web` lays it out (a page and a hashed bundle, each
 * with its .br and .gz), so server tests need no build. The bundle is large enough to compress.
 */
export function fakeWebRoot(): { root: string; bundlePath: string; bundle: Buffer; bundleBr: Buffer; bundleGz: Buffer } {
  const root = mkdtempSync(join(tmpdir(), 'sim-web-'));
  mkdirSync(join(root, 'assets'));
  const bundlePath = '/assets/index-T3st1234.js';
  const bundle = Buffer.from(
    Array.from({ length: 400 }, (_, i) => `export const message${i} = 'Laporkan kegiatan perpustakaan ${i}';`).join('\n'),
  );
  const page = Buffer.from(
    `<!doctype html><html lang="id"><head><title>SIM TPBIS</title><script type="module" src="${bundlePath}"></script></head><body><div id="root"></div></body></html>`,
  );
  // Levels unlike the server's on-the-fly ones (brotli 4, gzip 6), so a test can tell the build's file from a fresh compression.
  const compressed = (content: Buffer) => ({ br: brotliCompressSync(content), gz: gzipSync(content, { level: 1 }) });
  for (const [path, content] of [
    ['/index.html', page],
    [bundlePath, bundle],
  ] as const) {
    const { br, gz } = compressed(content);
    writeFileSync(join(root, path), content);
    writeFileSync(join(root, `${path}.br`), br);
    writeFileSync(join(root, `${path}.gz`), gz);
  }
  const { br: bundleBr, gz: bundleGz } = compressed(bundle);
  return { root, bundlePath, bundle, bundleBr, bundleGz };
}
