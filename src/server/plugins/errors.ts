import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { FieldIssue } from '#domain/errors';
import { fieldIssuesOf } from '#domain/issues';
import { photoLimits } from '#domain/photos';
import { ApiError } from '#server/http/errors';

type ValidationItem = { instancePath: string; keyword: string; message?: string | undefined; params: Record<string, unknown> };

/** Field names are the body's or the query's own keys (no `body.` prefix): the client knows which it sent. */
function fieldIssues(items: ValidationItem[]): FieldIssue[] {
  // The plugin spreads each Zod issue into `params` and its code and path into `keyword` and `instancePath`.
  const issues = items.map((v) => ({
    ...v.params,
    code: v.keyword,
    path: v.instancePath.split('/').filter(Boolean),
    message: v.message ?? v.keyword,
  }));
  return fieldIssuesOf(issues);
}

/**
 * The one error handler: every failure leaves as `{ error: { code, message, details? } }`.
 * Anything unexpected is logged in full and answered as a bare 500, never with its details.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof ApiError) {
      if (err.headers) void reply.headers(err.headers);
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, details: err.details } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = fieldIssues(err.validation);
      const message = details.map((d) => `${d.field || '(body)'}: ${d.message}`).join('; ');
      return reply.status(400).send({ error: { code: 'validation', message, details } });
    }
    const status = err.statusCode ?? 500;
    if (err.code === 'FST_REQ_FILE_TOO_LARGE') {
      // Only photos travel as files; name the field and the limit so the form can say which and how much.
      const details = [
        { field: 'photo', issue: 'too_big', message: 'the photo is larger than allowed', limit: photoLimits.bytes, origin: 'file' },
      ];
      return reply.status(413).send({ error: { code: 'too_large', message: err.message, details } });
    }
    if (status === 413 || err.code === 'FST_FILES_LIMIT') {
      return reply.status(413).send({ error: { code: 'too_large', message: err.message } });
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) {
      return reply.status(415).send({ error: { code: 'unsupported_media', message: err.message } });
    }
    if (status >= 400 && status < 500) {
      // Malformed JSON, empty body with a JSON content type and the like.
      const code = status === 404 ? 'not_found' : status === 429 ? 'rate_limited' : 'validation';
      return reply.status(status).send({ error: { code, message: err.message } });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: 'Internal server error' } });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` } }),
  );
}
