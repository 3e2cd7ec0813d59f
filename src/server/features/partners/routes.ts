import { z } from 'zod';
import { RowIdParam } from '#domain/ids';
import {
  CreatePartnerBody,
  Partner,
  PartnerDetail,
  PartnerExportQuery,
  PartnerList,
  PartnerListQuery,
  UpdatePartnerBody,
} from '#domain/partners';
import { zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { exportProduces, sendExport } from '#server/features/exports/reply';
import { partnerExport, partnerSheet } from './export';
import { createPartner, partnerForActor, partnersForActor, updatePartner } from './service';

const IdParams = z.strictObject({ id: RowIdParam });

export const partnerRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.get(
    '/api/partners',
    {
      config: { access: 'partners.read' },
      schema: {
        summary: 'List partner libraries in one’s scope, filtered and paged',
        tags: ['partners'],
        querystring: PartnerListQuery,
        response: { 200: PartnerList },
      },
    },
    (request) => partnersForActor(app.db, actorOf(request), request.query),
  );

  app.get(
    '/api/partners/export',
    {
      config: { access: 'partners.read' },
      schema: {
        summary: 'Export the filtered partner libraries as CSV or XLSX',
        tags: ['partners'],
        produces: exportProduces,
        querystring: PartnerExportQuery,
      },
    },
    (request, reply) =>
      sendExport(reply, {
        format: request.query.format,
        stem: 'mitra',
        sheet: partnerSheet,
        rows: partnerExport(app.db, actorOf(request), request.query),
        now: app.clock(),
      }),
  );

  app.post(
    '/api/partners',
    {
      config: { access: 'partners.write' },
      schema: {
        summary: 'Create a partner library',
        tags: ['partners'],
        errors: [409],
        body: CreatePartnerBody,
        response: { 201: Partner },
      },
    },
    async (request, reply) => reply.status(201).send(await createPartner(app.db, actorOf(request), request.body, app.clock())),
  );

  app.get(
    '/api/partners/:id',
    {
      config: { access: 'partners.read' },
      schema: { summary: 'Read one partner library', tags: ['partners'], params: IdParams, response: { 200: PartnerDetail } },
    },
    (request) => partnerForActor(app.db, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/partners/:id',
    {
      config: { access: 'partners.write' },
      schema: {
        summary: 'Edit a partner library',
        tags: ['partners'],
        errors: [409],
        params: IdParams,
        body: UpdatePartnerBody,
        response: { 200: Partner },
      },
    },
    (request) => updatePartner(app.db, actorOf(request), request.params.id, request.body, app.clock()),
  );
};
