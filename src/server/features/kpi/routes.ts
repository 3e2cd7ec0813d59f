import { z } from 'zod';
import { RowIdParam } from '#domain/ids';
import {
  ChildrenResponse,
  DashboardExportQuery,
  DashboardResponse,
  DataExtentQuery,
  DataExtentResponse,
  KpiExportQuery,
  KpiListQuery,
  KpiListResponse,
  RegionPeriodQuery,
  TrendResponse,
} from '#domain/dashboard';
import {
  KpiProfileVersion,
  KpiProfileVersionList,
  ProfilePreviewBody,
  ProfilePreviewResponse,
  PublishProfileBody,
} from '#domain/kpi/profile-versions';
import { RaporQuery, RaporResponse } from '#domain/rapor';
import { mediaTypes, zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { exportProduces, sendExport } from '#server/features/exports/reply';
import { childrenOfRegion, dashboard, dataExtent, trends } from './dashboard';
import { childRegionFigures, childRegionsSheet } from './dashboard-export';
import { previewProfileVersion } from './profile-preview';
import { profileRef, profileVersions, publishProfileVersion } from './profiles';
import { raporOfPartner } from './rapor';
import { raporPdf } from './rapor-pdf';
import { rankingFor, rankingPage } from './ranking';
import { rankingRows, rankingSheet } from './ranking-export';
import { kpiSubject, reportRegion } from './scope';
import { offloadScoring } from './scoring';

const PartnerParams = z.strictObject({ id: RowIdParam });

export const kpiRoutes: Routes = (base) => {
  const app = zodRoutes(base);
  // On the embedded database a province scored whole would hold the event loop (and the one
  // connection) for hundreds of ms: a worker thread with its own read-only connection does it.
  if (base.dialect === 'sqlite') {
    const thread = offloadScoring(base.db, (error) => base.log.warn({ err: error }, 'score thread failed; scoring in-process'));
    base.addHook('onClose', () => thread.close());
  }

  app.get(
    '/api/kpi/partners',
    {
      config: { access: 'kpi.read' },
      schema: {
        summary: 'Rank partner libraries by KPI score, paged',
        tags: ['kpi'],
        querystring: KpiListQuery,
        response: { 200: KpiListResponse },
      },
    },
    async (request) => {
      const { profile, ...page } = await rankingPage(app.db, actorOf(request), request.query);
      return { profile: profileRef(profile), ...page };
    },
  );

  app.get(
    '/api/kpi/partners/export',
    {
      config: { access: 'kpi.read' },
      schema: {
        summary: 'Export the KPI ranking with each indicator as CSV or XLSX',
        tags: ['kpi'],
        produces: exportProduces,
        querystring: KpiExportQuery,
      },
    },
    async (request, reply) => {
      const { profile, items } = await rankingFor(app.db, actorOf(request), request.query);
      const { from, to } = request.query;
      return sendExport(reply, {
        format: request.query.format,
        stem: `peringkat-kpi-${from}-${to}`,
        sheet: rankingSheet(profile),
        rows: rankingRows(app.db, items),
        now: app.clock(),
      });
    },
  );

  app.get(
    '/api/kpi/partners/:id',
    {
      config: { access: 'kpi.read' },
      schema: {
        summary: 'Read a partner library’s rapor: its KPI indicators and recommended courses',
        tags: ['kpi'],
        params: PartnerParams,
        querystring: RaporQuery,
        response: { 200: RaporResponse },
      },
    },
    (request) => raporOfPartner(app.db, actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/kpi/partners/:id/rapor.pdf',
    {
      config: { access: 'kpi.read' },
      schema: {
        summary: 'Download a partner library’s rapor as PDF',
        tags: ['kpi'],
        produces: [mediaTypes.pdf],
        params: PartnerParams,
        querystring: RaporQuery,
      },
    },
    async (request, reply) => {
      const rapor = await raporOfPartner(app.db, actorOf(request), request.params.id, request.query);
      const pdf = await raporPdf(rapor, app.clock());
      const file = `rapor-${rapor.partner.name.replace(/[^A-Za-z0-9]+/g, '-')}-${rapor.from}-${rapor.to}.pdf`;
      return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${file}"`).send(pdf);
    },
  );

  app.get(
    '/api/dashboard',
    {
      config: { access: 'kpi.read' },
      schema: {
        summary: 'Read a region’s dashboard figures for a period',
        tags: ['kpi'],
        querystring: RegionPeriodQuery,
        response: { 200: DashboardResponse },
      },
    },
    async (request) => {
      const region = await reportRegion(app.db, actorOf(request), request.query.region);
      return dashboard(app.db, region, request.query);
    },
  );

  app.get(
    '/api/dashboard/extent',
    {
      config: { access: 'kpi.read' },
      schema: {
        summary: 'Read the first and last dates with data in a region',
        tags: ['kpi'],
        querystring: DataExtentQuery,
        response: { 200: DataExtentResponse },
      },
    },
    async (request) => dataExtent(app.db, await kpiSubject(app.db, actorOf(request), request.query.region)),
  );

  app.get(
    '/api/dashboard/trends',
    {
      config: { access: 'kpi.read' },
      schema: {
        summary: 'Read a region’s monthly trends for a period',
        tags: ['kpi'],
        querystring: RegionPeriodQuery,
        response: { 200: TrendResponse },
      },
    },
    async (request) => {
      const region = await reportRegion(app.db, actorOf(request), request.query.region);
      return trends(app.db, region, request.query);
    },
  );

  app.get(
    '/api/dashboard/children',
    {
      config: { access: 'kpi.read' },
      schema: {
        summary: 'Read the dashboard figures of each child region',
        tags: ['kpi'],
        querystring: RegionPeriodQuery,
        response: { 200: ChildrenResponse },
      },
    },
    async (request) => {
      const region = await reportRegion(app.db, actorOf(request), request.query.region);
      return childrenOfRegion(app.db, region, request.query);
    },
  );

  app.get(
    '/api/dashboard/export',
    {
      config: { access: 'kpi.read' },
      schema: {
        tags: ['kpi'],
        produces: exportProduces,
        summary: "The dashboard's figures per child region for a period, as XLSX or CSV",
        querystring: DashboardExportQuery,
      },
    },
    async (request, reply) => {
      const { format, from, to } = request.query;
      const region = await reportRegion(app.db, actorOf(request), request.query.region);
      const where = region.code === null ? '' : `${region.code}-`;
      return sendExport(reply, {
        format,
        stem: `dasbor-wilayah-${where}${from}-${to}`,
        sheet: childRegionsSheet,
        rows: await childRegionFigures(app.db, region, request.query),
        now: app.clock(),
      });
    },
  );

  app.get(
    '/api/kpi/profiles',
    {
      config: { access: 'kpi.read' },
      schema: { summary: 'List the KPI profile versions', tags: ['kpi'], response: { 200: KpiProfileVersionList } },
    },
    async () => ({
      items: await profileVersions(app.db),
    }),
  );

  app.post(
    '/api/kpi/profiles',
    {
      config: { access: 'kpiProfiles.write' },
      schema: {
        summary: 'Publish a new KPI profile version',
        tags: ['kpi'],
        body: PublishProfileBody,
        response: { 201: KpiProfileVersion },
      },
    },
    async (request, reply) => {
      const version = await publishProfileVersion(app.db, { ...request.body, actorId: actorOf(request).id, now: app.clock() });
      return reply.status(201).send(version);
    },
  );

  app.post(
    '/api/kpi/profiles/preview',
    {
      config: { access: 'kpiProfiles.write' },
      schema: {
        tags: ['kpi'],
        summary: 'How many partners per region would change colour over a period under a profile version not yet saved',
        body: ProfilePreviewBody,
        response: { 200: ProfilePreviewResponse },
      },
    },
    (request) => previewProfileVersion(app.db, actorOf(request), request.body),
  );
};
