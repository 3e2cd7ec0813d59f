import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { ErrorBody } from '#domain/errors';
import { sessionCookie } from './session';
import { describeOperation } from './openapi-operations';
import { namedSchemas } from './openapi-schemas';

/** The features, in the order the docs list them; a route's `tags` names one of these. */
export const apiTags = [
  { name: 'about', description: 'The system itself: health, version, credits.' },
  { name: 'auth', description: 'Logging in and out, one’s own account and password.' },
  { name: 'regions', description: 'Indonesia’s administrative regions (Kemendagri codes).' },
  { name: 'users', description: 'Accounts, roles and scopes, managed by admins.' },
  { name: 'partners', description: 'Partner libraries (TPBIS) and their exports.' },
  { name: 'activities', description: 'Reported activities, their review, photos and exports.' },
  { name: 'kpi', description: 'KPI ranking, rapor, dashboards and KPI profiles.' },
  { name: 'completeness', description: 'Reporting regularity per month.' },
  { name: 'reminders', description: 'Reminding silent partners.' },
  { name: 'gatherings', description: 'Gatherings, their agenda, attendance and pack.' },
  { name: 'practices', description: 'Good-practice stories (praktik baik).' },
  { name: 'problems', description: 'Problems (kendala), their discussion and follow-up actions.' },
  { name: 'courses', description: 'Elis e-learning: courses, progress, certificates.' },
  { name: 'notifications', description: 'The in-app notifications.' },
  { name: 'tokens', description: 'API tokens for other systems.' },
] as const;

/** The error body as JSON Schema, once, for every error response to refer to. */
const errorSchema = (() => {
  const { $schema: _schema, ...json } = z.toJSONSchema(ErrorBody, { target: 'draft-2020-12', io: 'output' });
  return json as { type: 'object' };
})();

const description = `The API of SIM TPBIS. JSON with camelCase keys; dates are \`YYYY-MM-DD\`; every error is
\`{ "error": { "code", "message", "details"? } }\`. A browser logs in (\`POST /api/auth/login\`) and
sends the session cookie; each of its writes also carries the session's CSRF token in \`X-CSRF-Token\`.
Another system sends \`Authorization: Bearer <token>\` with an API token a user created (\`POST /api/tokens\`):
a token reads only, within its creator's scope.`;

/**
 * The OpenAPI 3.1 document, built from the routes' Zod schemas as they are declared (so this must
 * be registered before any route), served at /api/openapi.json, with the interactive docs at /api/docs.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'SIM TPBIS API', version, description },
      tags: apiTags.map((tag) => ({ ...tag })),
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: sessionCookie, description: 'The session cookie set by POST /api/auth/login.' },
          csrf: {
            type: 'apiKey',
            in: 'header',
            name: 'X-CSRF-Token',
            description: 'The `csrfToken` of POST /api/auth/login or GET /api/auth/me; required on every write made with the session.',
          },
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token (`sim_…`) from POST /api/tokens: reads (GET) only.' },
        },
        schemas: { Error: errorSchema },
      },
    },
    transform: describeOperation,
    transformObject: createJsonSchemaTransformObject({ schemaRegistry: namedSchemas }),
  });
  // Built once, on the first request: the routes do not change while the server runs.
  let served: Document | undefined;
  const document = () => (served ??= openApiDocument(app));
  await app.register(docsPage, { document });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, document);
}

/**
 * Swagger UI's page, its script that starts it and its assets: as public as the document. The
 * page has no inline script (the start-up code is a file) and, without the top bar, no inline
 * style, so the app's own Content-Security-Policy applies unchanged (test/browser/api-docs.test.ts).
 */
async function docsPage(app: FastifyInstance, options: { document: () => Document }): Promise<void> {
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, access: 'public' };
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    validatorUrl: false,
    // Without the top bar: its logo is an SVG carrying a <style> element, which the policy refuses
    // (style-src 'self'), and its box for loading other documents has no use here.
    uiConfig: { deepLinking: true, layout: 'BaseLayout' },
    // The page shows the very document of /api/openapi.json (sorted, unread components left out).
    transformSpecificationClone: false,
    transformSpecification: () => options.document(),
  });
}

interface Document {
  paths?: Record<string, unknown>;
  components?: { schemas?: object };
}

const sortedKeys = <T extends object>(record: T): T =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;

const refsIn = (value: unknown) => [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1] ?? '');

/** The named schemas the operations refer to, directly or through one another; the others (an unread `…Input`) are left out. */
function referencedSchemas(paths: unknown, schemas: Record<string, unknown>): Record<string, unknown> {
  const used = new Set<string>();
  let next = refsIn(paths);
  while (next.length) {
    const fresh = next.filter((id) => !used.has(id) && id in schemas);
    for (const id of fresh) used.add(id);
    next = fresh.flatMap((id) => refsIn(schemas[id]));
  }
  return Object.fromEntries(Object.entries(schemas).filter(([id]) => used.has(id)));
}

/**
 * The document with its paths and shared schemas in alphabetical order, whatever order the
 * features register their routes in, so that a new route changes only its own lines.
 */
export function openApiDocument(app: FastifyInstance): Document {
  const document = app.swagger() as Document;
  const paths = sortedKeys(document.paths ?? {});
  const components = document.components ?? {};
  const schemas = sortedKeys(referencedSchemas(paths, (components.schemas ?? {}) as Record<string, unknown>));
  return { ...document, components: sortedKeys({ ...components, schemas }), paths };
}

/** The committed form (docs/openapi.json): two-space JSON and a final newline. */
export const openApiText = (app: FastifyInstance) => `${JSON.stringify(openApiDocument(app), null, 2)}\n`;
