import type * as FastifyModule from 'fastify';
import type { FastifyInstance, FastifySchema, RouteOptions } from 'fastify';

/** One API route as the built app registered it: what the authorization matrix and the fuzz enumerate. */
export interface RegisteredRoute {
  /** `METHOD path`, e.g. `PATCH /api/partners/:id`: the key of the suites' case tables. */
  key: string;
  method: string;
  url: string;
  access: string | undefined;
  schema: FastifySchema | undefined;
}

const seen: RouteOptions[] = [];

/**
 * The real fastify module, except that every instance it builds reports each route it registers
 * (an `onRoute` hook added before any plugin runs). A suite installs it with
 *
 *   vi.mock('fastify', async (real) => (await import('#test/reliability/routes')).reportingRoutes(await real()));
 *
 * so the route list comes from the app exactly as `buildApp` assembles it, not from a list kept by hand.
 */
export function reportingRoutes(real: typeof FastifyModule): typeof FastifyModule {
  const build = real.default as unknown as (options?: unknown) => FastifyInstance;
  const reporting = ((options?: unknown) => {
    const app = build(options);
    app.addHook('onRoute', (route: RouteOptions) => void seen.push(route));
    return app;
  }) as unknown as typeof real.default;
  return { ...real, default: reporting, fastify: reporting };
}

/**
 * Every `/api/` route registered so far, once each. A HEAD route that only mirrors a GET (Fastify adds
 * one per GET) shares the GET's handler and access, so the GET's case covers it.
 */
export function registeredApiRoutes(): RegisteredRoute[] {
  const routes = new Map<string, RegisteredRoute>();
  const methodsOf = (route: RouteOptions) => (Array.isArray(route.method) ? route.method : [route.method]).map(String);
  const gets = new Set(seen.filter((r) => methodsOf(r).includes('GET')).map((r) => r.url));
  for (const route of seen) {
    if (!route.url.startsWith('/api/')) continue;
    for (const method of methodsOf(route)) {
      if (method === 'HEAD' && gets.has(route.url)) continue;
      const key = `${method} ${route.url}`;
      routes.set(key, { key, method, url: route.url, access: route.config?.access, schema: route.schema });
    }
  }
  if (routes.size === 0) throw new Error('no API route was reported: is fastify mocked with reportingRoutes() in this file?');
  return [...routes.values()].sort((a, b) => a.key.localeCompare(b.key));
}
