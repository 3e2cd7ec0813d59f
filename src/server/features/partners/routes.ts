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
import { sendExport } from '#server/features/exports/reply';
import { partnerExport, partnerSheet } from './export';
import { createPartner, partnerForActor, partnersForActor, updatePartner } from './service';

const IdParams = z.strictObject({ id: RowIdParam });

export const partnerRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.get(
    '/api/partners',
    { config: { access: 'partners.read' }, schema: { querystring: PartnerListQuery, response: { 200: PartnerList } } },
    (request) => partnersForActor(app.db, actorOf(request), request.query),
  );

  app.get('/api/partners/export', { config: { access: 'partners.read' }, schema: { querystring: PartnerExportQuery } }, (request, reply) =>
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
    { config: { access: 'partners.write' }, schema: { body: CreatePartnerBody, response: { 201: Partner } } },
    async (request, reply) => reply.status(201).send(await createPartner(app.db, actorOf(request), request.body, app.clock())),
  );

  app.get(
    '/api/partners/:id',
    { config: { access: 'partners.read' }, schema: { params: IdParams, response: { 200: PartnerDetail } } },
    (request) => partnerForActor(app.db, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/partners/:id',
    { config: { access: 'partners.write' }, schema: { params: IdParams, body: UpdatePartnerBody, response: { 200: Partner } } },
    (request) => updatePartner(app.db, actorOf(request), request.params.id, request.body, app.clock()),
  );
};
