import type { FastifyCompressOptions } from '@fastify/compress';

/**
 * JSON answers are compressed on the fly (the web app's bundles come pre-compressed from the
 * build, see vite.config.ts). The plugin leaves alone whatever already has a Content-Encoding
 * (those pre-compressed files), types that do not shrink (photos, PDFs) and answers under 1 KB.
 */
export const compressionOptions: FastifyCompressOptions = {
  // Brotli at the plugin's quality 4 costs little CPU; gzip for older clients.
  encodings: ['br', 'gzip'],
  threshold: 1024,
  // Clients send plain JSON and multipart; a compressed request body is refused as before, not inflated.
  globalDecompression: false,
};
