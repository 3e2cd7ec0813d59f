import type { FastifyCompressOptions } from '@fastify/compress';

/**
 * JSON answers are compressed on the fly (the web app's bundles come pre-compressed from the
 * build, see vite.config.ts). The plugin leaves alone whatever already has a Content-Encoding
 * (those pre-compressed files), types that do not shrink (photos, PDFs) and answers under 4 KB.
 *
 * Why 4 KB, not the plugin's 1 KB: a report's answers (its create and submit, ~1–1.5 KB) reach a
 * phone in the same round trip compressed or not (TCP's first window is ten segments, ~14 KB,
 * headers included), so compressing them saved a weak connection nothing but a kilobyte, and cost
 * the server a fifth of a report's time (2.41 → 1.96 ms of CPU per report, BENCHMARKS.md).
 */
export const compressionOptions: FastifyCompressOptions = {
  // Brotli at the plugin's quality 4 costs little CPU; gzip for older clients.
  encodings: ['br', 'gzip'],
  threshold: 4096,
  // Clients send plain JSON and multipart; a compressed request body is refused as before, not inflated.
  globalDecompression: false,
};
