import type { SwaggerTransform } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { createJsonSchemaTransform } from 'fastify-type-provider-zod';
import { errorDescription, errorStatusesOf, isWrite } from '#server/http/error-responses';
import { namedSchemas } from './openapi-schemas';

const jsonSchemaTransform = createJsonSchemaTransform({ schemaRegistry: namedSchemas });

/** The document's reference to the one error body, `{ error: { code, message, details? } }`. */
export const errorSchemaRef = { $ref: '#/components/schemas/Error' };

const binary = { type: 'string', format: 'binary' };

/**
 * Who may call: nobody needs anything for a public route; a write needs the session cookie and
 * its CSRF header (API tokens only read); a read takes the session or an API token, unless the
 * route is for sessions only (the token routes).
 */
function securityOf(route: Parameters<SwaggerTransform>[0]['route']): FastifySchema['security'] {
  if (route.config?.access === 'public') return [];
  if (isWrite(route)) return [{ session: [], csrf: [] }];
  if (route.config?.sessionOnly) return [{ session: [] }];
  return [{ session: [] }, { bearer: [] }];
}

type Responses = Record<string, unknown>;

const successes: Record<string, string> = { 200: 'OK.', 201: 'Created.', 204: 'Done; no content.' };

/**
 * Turns a route into its operation: the Zod schemas become JSON Schema (the type provider's own
 * transform), then what every route shares is added here once rather than written on each route:
 * its security, its error responses (`errorStatusesOf`), files it sends (`produces`: a binary
 * answer in each type) and an upload it reads by hand (`upload`). Only the API is documented:
 * the web app's pages and the docs' own assets are hidden.
 */
export const describeOperation: SwaggerTransform = (input) => {
  const { route, url } = input;
  if (!url.startsWith('/api/') || url.startsWith('/api/docs') || input.schema?.hide) return { schema: { hide: true }, url };
  const { schema } = jsonSchemaTransform({ ...input, schema: input.schema ?? {} }) as unknown as {
    schema: FastifySchema & Record<string, unknown>;
  };
  const { errors: _errors, upload, produces, ...rest } = schema;
  const responses: Responses = { ...(rest.response as Responses | undefined) };
  for (const [status, answer] of Object.entries(responses)) {
    // A success without its own description is named by its status rather than "Default Response".
    const json = answer as Record<string, unknown>;
    if (status in successes && json.description === undefined) responses[status] = { ...json, 'x-response-description': successes[status] };
  }
  if (produces) {
    // Files (exports, PDFs, photos) leave as streams or buffers, so they have no response schema.
    responses[200] = { description: 'The file.', content: Object.fromEntries(produces.map((type) => [type, { schema: binary }])) };
  }
  for (const status of errorStatusesOf(route)) {
    responses[status] = { description: errorDescription(status), content: { 'application/json': { schema: errorSchemaRef } } };
  }
  const body = upload
    ? { consumes: ['multipart/form-data'], body: { type: 'object', required: [upload], properties: { [upload]: binary } } }
    : {};
  return { schema: { ...rest, ...body, security: securityOf(route), response: responses }, url };
};
