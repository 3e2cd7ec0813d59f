import { z } from 'zod';
import { About } from '#domain/about';
import { zodRoutes, type Routes } from '#server/http/types';
import { regionCount } from '#server/features/regions/service';

export const aboutRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { summary: 'Tell that the server is up', tags: ['about'], response: { 200: z.object({ ok: z.literal(true) }) } },
    },
    () => ({
      ok: true as const,
    }),
  );

  app.get(
    '/api/about',
    {
      config: { access: 'public' },
      schema: { summary: 'Read the system’s name, version, database and data credits', tags: ['about'], response: { 200: About } },
    },
    async () => ({
      name: 'SIM TPBIS',
      version: app.appVersion,
      database: app.dialect,
      regions: await regionCount(app.db),
      credits: [
        {
          what: 'Wilayah administrasi Indonesia (Kemendagri)',
          source: 'idn-area-data',
          licence: 'Open Database License (ODbL) v1.0',
          url: 'https://github.com/fityannugroho/idn-area-data',
        },
      ],
    }),
  );
};
