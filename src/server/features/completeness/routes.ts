import {
  CompletenessExportQuery,
  CompletenessQuery,
  CompletenessResponse,
  CompletenessTrendQuery,
  CompletenessTrendResponse,
} from '#domain/completeness';
import { zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { exportProduces, sendExport } from '#server/features/exports/reply';
import { reportRegion } from '#server/features/kpi/scope';
import { childrenCompletenessRows, childrenCompletenessSheet, silentPartnersExport, silentPartnersSheet } from './export';
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

  app.get(
    '/api/completeness/export',
    {
      config: { access: 'kpi.read' },
      schema: {
        tags: ['completeness'],
        produces: exportProduces,
        summary: "A month's completeness per child region, or its silent partners, as XLSX or CSV",
        querystring: CompletenessExportQuery,
      },
    },
    async (request, reply) => {
      const { format, month, rows } = request.query;
      const region = await reportRegion(app.db, actorOf(request), request.query.region);
      const where = region.code === null ? '' : `${region.code}-`;
      if (rows === 'silent') {
        const silent = silentPartnersExport(app.db, region, month);
        return sendExport(reply, {
          format,
          stem: `belum-melapor-${where}${month}`,
          sheet: silentPartnersSheet,
          rows: silent,
          now: app.clock(),
        });
      }
      const answer = await completeness(app.db, region, month);
      return sendExport(reply, {
        format,
        stem: `kelengkapan-${where}${month}`,
        sheet: childrenCompletenessSheet,
        rows: childrenCompletenessRows(answer),
        now: app.clock(),
      });
    },
  );
};
