import { ApiError } from './errors';

/** Errors of our own, and @fastify/multipart's limits (`FST_…`, answered 413 by the error handler), pass as they are. */
const isKnown = (err: unknown) =>
  err instanceof ApiError ||
  (err instanceof Error && typeof (err as { code?: unknown }).code === 'string' && /^FST_/.test(String((err as { code?: unknown }).code)));

/**
 * Runs the steps that read a multipart body. Whatever else they throw comes from busboy reading
 * what the client sent (no boundary, a part cut short, no closing boundary, a dropped connection):
 * the client's fault, so a 400 naming the field rather than a 500.
 */
export async function readingMultipart<T>(field: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (isKnown(err)) throw err;
    const message = `the multipart body could not be read (${err instanceof Error ? err.message : String(err)})`;
    throw new ApiError('validation', message, [{ field, issue: 'malformed', message: 'the upload is incomplete or malformed' }]);
  }
}
