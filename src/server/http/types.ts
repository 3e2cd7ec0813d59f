import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** Feature routes are registered on the app with Zod as the type provider. */
export type Routes = (app: FastifyInstance) => void;
export const zodRoutes = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
