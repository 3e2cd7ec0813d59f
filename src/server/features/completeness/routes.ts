import { CompletenessQuery, CompletenessResponse, CompletenessTrendQuery, CompletenessTrendResponse } from '#domain/completeness';
import { zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { reportRegion } from '#server/features/kpi/scope';
import { completeness, completenessTrend } from './service';

/**
 * Completeness is a regional report, like the dashboard: staff read their region and below; a
 * region outside their scope is 403, an unknown code 404, and a library manager (who has its own
 * rapor) 403.
 */
export const completenessRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.get(
    '/api/completeness',
    {
      config: { access: 'kpi.read' },
      schema: {
        summary: 'Read a region’s reporting completeness for a month, with its silent partners',
        tags: ['completeness'],
        querystring: CompletenessQuery,
        response: { 200: CompletenessResponse },
      },
    },
    async (request) => completeness(app.db, await reportRegion(app.db, actorOf(request), request.query.region), request.query.month),
  );

  app.get(
    '/api/completeness/trend',
    {
      config: { access: 'kpi.read' },
      schema: {
        summary: 'Read a region’s monthly completeness over a range',
        tags: ['completeness'],
        querystring: CompletenessTrendQuery,
        response: { 200: CompletenessTrendResponse },
      },
    },
    async (request) => {
      const region = await reportRegion(app.db, actorOf(request), request.query.region);
      return completenessTrend(app.db, region, request.query.from, request.query.to);
    },
  );
};
