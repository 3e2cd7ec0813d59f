import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { Config } from '#server/config';

/**
 * Headers on every response (page, API, errors, photos, static files), set by helmet in an
 * onRequest hook so that an error answered later still carries them.
 *
 * - The policy allows only this origin's own scripts and styles: index.html has no inline script,
 *   Vite emits files, and React sets styles through the DOM (`element.style`), which a policy does
 *   not restrict, so neither `'unsafe-inline'` is needed.
 * - Images: our own photos, plus `blob:` for the photo picker's previews (`URL.createObjectURL`)
 *   and `data:` for small inline images.
 * - Nobody may frame the app (`frame-ancestors 'none'`, and X-Frame-Options for older browsers).
 * - HSTS and upgrade-insecure-requests only behind HTTPS (COOKIE_SECURE=1): on a plain-HTTP
 *   install (a district office LAN) they would make the browser refuse the app.
 */
export function securityHeaders(config: Pick<Config, 'cookieSecure'>): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.cookieSecure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    // Paths name partners and regions: other sites learn nothing of them, our own logs keep them.
    referrerPolicy: { policy: 'same-origin' },
    // Not includeSubDomains: the app is usually one host of an institution's domain, not its owner.
    strictTransportSecurity: config.cookieSecure ? { maxAge: 365 * 24 * 3600, includeSubDomains: false } : false,
  };
}

/**
 * Sets the headers on every response. Helmet's middleware is built once here: the Fastify plugin
 * (@fastify/helmet) built it anew for each request, parsing the policy every time, which was 3%
 * of the server's time per report (decision 001).
 */
export function registerSecurityHeaders(app: FastifyInstance, config: Pick<Config, 'cookieSecure'>): void {
  const setHeaders = helmet(securityHeaders(config));
  app.addHook('onRequest', (request, reply, done) =>
    setHeaders(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined)),
  );
}

/**
 * The same protections for the few answers Fastify gives before any hook runs (a URL it cannot
 * decode, see `frameworkErrors`): they are JSON errors, so the strictest policy fits.
 */
export function errorOnlyHeaders(config: Pick<Config, 'cookieSecure'>): Record<string, string> {
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
    ...(config.cookieSecure ? { 'strict-transport-security': 'max-age=31536000' } : {}),
  };
}
