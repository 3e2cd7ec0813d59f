import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** Feature routes are registered on the app with Zod as the type provider. */
export type Routes = (app: FastifyInstance) => void;
export const zodRoutes = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

/** The answer of a route that answers 204 with no body (a delete, a logout): documented, and never serialised. */
export const NoContent = z.undefined().describe('Done; no content.');

/** What exports and downloads send, for the OpenAPI document's `produces`. */
export const mediaTypes = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
} as const;
