import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { FieldIssue } from '#domain/errors';
import { fieldIssuesOf } from '#domain/issues';
import { photoLimits } from '#domain/photos';
import { ApiError } from '#server/http/errors';
import { errorOnlyHeaders } from './security-headers';

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
 * PostgreSQL refuses text it cannot store: NUL (22021, "invalid byte sequence for encoding UTF8: 0x00")
 * and, inside JSON, its escape (22P05). The schemas refuse such text first; this keeps any that slips
 * through a client error on both databases rather than a 500 on one.
 */
const unstorableText = new Set(['22021', '22P05']);

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
    if (unstorableText.has(err.code)) {
      request.log.warn({ err }, 'text the database cannot store reached it');
      return reply.status(400).send({ error: { code: 'validation', message: 'the text contains a character that cannot be stored' } });
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

/**
 * Errors Fastify meets before any route or hook runs (a URL that does not decode such as
 * `/api/regions/%zz`, a parameter too long), answered in the shape of every other error.
 * Passed to the Fastify constructor as `frameworkErrors`.
 */
export function frameworkErrors(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = err.statusCode ?? 400;
  // No hook has run, so helmet has not either: the headers come from here.
  void reply.headers(errorOnlyHeaders(request.server.config));
  const code = status === 414 ? 'too_large' : status >= 500 ? 'internal' : 'validation';
  void reply.status(status).send({ error: { code, message: status >= 500 ? 'Internal server error' : err.message } });
}

/**
 * A request too broken for HTTP itself (a bad header line, headers too large) never reaches Fastify;
 * Node's parser reports it on the socket. Answered like Fastify's default, but in our error shape.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, code, message] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', 'timeout', 'the request took too long to arrive']
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'too_large', 'the request headers are too large']
        : [400, 'Bad Request', 'validation', 'the request is not valid HTTP'];
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
