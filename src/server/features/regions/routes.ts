import { z } from 'zod';
import { Region, RegionCode, RegionListQuery, RegionSearchHit } from '#domain/regions';
import { zodRoutes, type Routes } from '#server/http/types';
import { childrenOf, regionByCode, searchByName } from './service';

export const regionRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.get(
    '/api/regions',
    {
      config: { access: 'regions.read' },
      schema: {
        summary: 'List the children of a region (the provinces without `parent`), or find regions by name',
        tags: ['regions'],
        querystring: RegionListQuery,
        response: { 200: z.object({ items: z.array(RegionSearchHit.partial({ path: true })) }) },
      },
    },
    async (request) => {
      const { parent, q, limit } = request.query;
      if (q !== undefined) return { items: await searchByName(app.db, q, parent ?? null, limit) };
      return { items: [...(await childrenOf(app.db, parent ?? null))] };
    },
  );

  app.get(
    '/api/regions/:code',
    {
      config: { access: 'regions.read' },
      schema: {
        summary: 'Read one region by its Kemendagri code',
        tags: ['regions'],
        params: z.strictObject({ code: RegionCode }),
        response: { 200: Region },
      },
    },
    (request) => regionByCode(app.db, request.params.code),
  );
};
