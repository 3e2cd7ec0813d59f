import { z } from 'zod';
import { RowIdParam } from '#domain/ids';
import { AttendanceBody, CreateGatheringBody, Gathering, GatheringList, GatheringListQuery } from '#domain/gatherings';
import { zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { createGathering, gatheringForActor, gatheringsForActor, recordAttendance } from './service';

const Params = z.strictObject({ id: RowIdParam });

export const gatheringRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.get(
    '/api/gatherings',
    { config: { access: 'session' }, schema: { querystring: GatheringListQuery, response: { 200: GatheringList } } },
    async (request) => ({
      items: await gatheringsForActor(app.db, actorOf(request), request.query.region),
    }),
  );

  app.get('/api/gatherings/:id', { config: { access: 'session' }, schema: { params: Params, response: { 200: Gathering } } }, (request) =>
    gatheringForActor(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/gatherings',
    { config: { access: 'gatherings.write' }, schema: { body: CreateGatheringBody, response: { 201: Gathering } } },
    async (request, reply) => reply.status(201).send(await createGathering(app.db, actorOf(request), request.body, app.clock())),
  );

  app.post(
    '/api/gatherings/:id/attendance',
    { config: { access: 'gatherings.write' }, schema: { params: Params, body: AttendanceBody, response: { 200: Gathering } } },
    (request) => recordAttendance(app.db, actorOf(request), request.params.id, request.body.partnerIds),
  );
};
