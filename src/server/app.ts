import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Connection } from './db/connect';
import type { Db, Dialect } from './db/database';
import { photoLimits } from '#domain/photos';
import { aboutRoutes } from './features/about/routes';
import { activityPhotoRoutes } from './features/activities/photo.routes';
import { activityRoutes } from './features/activities/routes';
import { reviewRoutesWith } from './features/activities/review.routes';
import { authRoutes } from './features/auth/routes';
import { completenessRoutes } from './features/completeness/routes';
import { courseImageRoutes } from './features/courses/images';
import { learningRoutesWith } from './features/courses/learning.routes';
import { courseRoutesWith } from './features/courses/routes';
import { gatheringPackRoutes } from './features/gatherings/pack.routes';
import { gatheringRoutes } from './features/gatherings/routes';
import { importRoutes } from './features/imports/routes';
import { kpiRoutes } from './features/kpi/routes';
import { partnerRoutes } from './features/partners/routes';
import { practicePhotoRoutes } from './features/practices/photos';
import { practiceRoutesWith } from './features/practices/routes';
import { problemActionRoutesWith } from './features/problems/actions.routes';
import { problemRoutesWith } from './features/problems/routes';
import { notificationListeners } from './features/notifications/listeners';
import { mailWorker } from './features/notifications/mail';
import { notificationRoutes } from './features/notifications/routes';
import { notifierFor, type Notifier } from './features/notifications/service';
import { regionRoutes } from './features/regions/routes';
import { registerBearerTokens } from './features/tokens/bearer';
import { tokenRoutes } from './features/tokens/routes';
import { reminderRoutes } from './features/reminders/routes';
import { userRoutes } from './features/users/routes';
import { userEditRoutes } from './features/users/edit.routes';
import { InFlight } from './http/in-flight';
import { passingSerialized } from './http/serialized';
import { compressionOptions } from './plugins/compression';
import { clientErrorHandler, frameworkErrors, registerErrorHandler } from './plugins/errors';
import { registerSecurityHeaders } from './plugins/security-headers';
import { registerOpenApi } from './plugins/openapi';
import { registerSessions } from './plugins/session';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dialect: Dialect;
    config: Config;
    /** The server's notion of now; tests move it to expire sessions. */
    clock: () => Date;
    appVersion: string;
    /** Tells people what happened (in the app, and by mail when configured); reminders use it too. */
    notifier: Notifier;
    /** The requests being answered now: an answer goes to a reader thread only behind a deep queue of them. */
    inFlight: InFlight;
  }
}

export interface AppOptions {
  config: Config;
  connection: Connection;
  clock?: () => Date;
  logger?: boolean;
  /** Where the log goes instead of stdout (tests read it); at the configured level. */
  logStream?: { write(line: string): void };
  /** Folder of the built web app; served when it exists. */
  webRoot?: string;
}

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Assembled in a fixed order: error handler → external plugins → app plugins → routes → web app. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false ? false : { level: options.config.logLevel, ...(options.logStream ? { stream: options.logStream } : {}) },
    trustProxy: options.config.trustProxy,
    // A JSON body larger than this is refused with 413; photos travel as multipart with their own limit.
    bodyLimit: 256 * 1024,
    // Errors met before routing, or before HTTP parsing succeeds, leave in the same shape as all others.
    frameworkErrors,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  // An answer built and serialized in a reader thread is sent as it is (http/serialized.ts).
  app.setSerializerCompiler(passingSerialized(serializerCompiler));
  // Set before any route so that every route, whatever its plugin, answers errors the same way.
  registerErrorHandler(app);
  // The API speaks JSON (and multipart for photos); plain text would only reach validators as a string.
  app.removeContentTypeParser('text/plain');

  // External plugins
  // First, so that every answer (errors and not-found included) carries the security headers.
  registerSecurityHeaders(app, options.config);
  // Before any route: it attaches itself to each route as the route is declared.
  await app.register(compress, compressionOptions);
  await app.register(cookie);
  // Photos only: one file per request, refused with 413 past the limit while it streams in.
  await app.register(multipart, { limits: { fileSize: photoLimits.bytes, files: 1, fields: 2, parts: 3 } });
  // Before any route: the OpenAPI document collects each route as it is declared.
  await registerOpenApi(app, version);

  // App plugins
  app.decorate('db', options.connection.db);
  app.decorate('dialect', options.connection.dialect);
  app.decorate('config', options.config);
  app.decorate('clock', options.clock ?? (() => new Date()));
  app.decorate('appVersion', version);
  app.decorate('inFlight', new InFlight());
  app.inFlight.register(app);
  // Before sessions: a request with an API token is resolved by its token, and its cookie left unread.
  registerBearerTokens(app);
  registerSessions(app);
  // Notifications: the features announce their moments to these listeners (given to their routes
  // below); with SMTP configured, a worker started with the app sends the queued mail until it closes.
  app.decorate('notifier', notifierFor({ mail: options.config.mail !== null, clock: app.clock }));
  const listeners = notificationListeners(app.notifier);
  if (options.config.mail) {
    const worker = mailWorker(options.connection.db, options.config.mail, app.clock, app.log);
    app.addHook('onReady', (done) => {
      worker.start();
      done();
    });
    app.addHook('onClose', () => worker.stop());
  }

  // Routes, one feature folder each
  const featureRoutes = [
    aboutRoutes,
    authRoutes,
    regionRoutes,
    userRoutes,
    userEditRoutes,
    partnerRoutes,
    activityRoutes,
    reviewRoutesWith(listeners.activities),
    activityPhotoRoutes,
    kpiRoutes,
    completenessRoutes,
    reminderRoutes,
    gatheringRoutes,
    gatheringPackRoutes,
    practiceRoutesWith(listeners.practices),
    practicePhotoRoutes,
    problemRoutesWith(listeners.problems),
    problemActionRoutesWith(listeners.problems),
    learningRoutesWith(listeners.courses),
    courseRoutesWith(listeners.courses),
    courseImageRoutes,
    tokenRoutes,
    notificationRoutes,
    importRoutes,
  ];
  for (const routes of featureRoutes) routes(app);

  // The web app: static files, and index.html for any non-API path so client routes survive a reload.
  const webRoot = resolve(options.webRoot ?? 'dist/web');
  if (existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      // The build's .br and .gz files, picked by Accept-Encoding; not routes of their own.
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz'],
      // Off, or send's own `public, max-age=0` replaces the header setHeaders gives.
      cacheControl: false,
      // Hashed bundles never change, so phones keep them; the page and manifest are always revalidated.
      setHeaders: (res, path) => {
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        // The same URL answers brotli, gzip or plain: a shared cache must keep them apart.
        res.setHeader('vary', 'accept-encoding');
      },
    });
    app.get('/*', { config: { access: 'public' } }, (request, reply) => {
      if (request.url.startsWith('/api/')) return reply.status(404).send({ error: { code: 'not_found', message: 'no such API route' } });
      return reply.sendFile('index.html');
    });
  }
  return app;
}
