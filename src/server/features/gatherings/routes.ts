import { CreateGatheringBody, Gathering, GatheringList, GatheringListQuery, UpdateGatheringBody } from '#domain/gatherings';
import { zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { gatheringAgendaRoutes } from './agenda.routes';
import { gatheringAttendanceRoutes } from './attendance.routes';
import { GatheringParams } from './params';
import { gatheringForActor, gatheringsForActor } from './queries';
import { createGathering, updateGathering } from './service';

/** Gatherings: the list of a region's, one in full, create and edit; then its agenda's minutes and follow-ups, and its attendance. */
export const gatheringRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.get(
    '/api/gatherings',
    {
      config: { access: 'gatherings.read' },
      schema: {
        summary: 'List a region’s gatherings',
        tags: ['gatherings'],
        querystring: GatheringListQuery,
        response: { 200: GatheringList },
      },
    },
    async (request) => ({ items: await gatheringsForActor(app.db, actorOf(request), request.query.region) }),
  );

  app.get(
    '/api/gatherings/:id',
    {
      config: { access: 'gatherings.read' },
      schema: {
        summary: 'Read one gathering with its agenda and attendance',
        tags: ['gatherings'],
        params: GatheringParams,
        response: { 200: Gathering },
      },
    },
    (request) => gatheringForActor(app.db, actorOf(request), request.params.id, app.clock()),
  );

  app.post(
    '/api/gatherings',
    {
      config: { access: 'gatherings.write' },
      schema: {
        summary: 'Create a gathering with its agenda',
        tags: ['gatherings'],
        body: CreateGatheringBody,
        response: { 201: Gathering },
      },
    },
    async (request, reply) => reply.status(201).send(await createGathering(app.db, actorOf(request), request.body, app.clock())),
  );

  app.patch(
    '/api/gatherings/:id',
    {
      config: { access: 'gatherings.write' },
      schema: {
        summary: 'Edit a gathering',
        tags: ['gatherings'],
        params: GatheringParams,
        body: UpdateGatheringBody,
        response: { 200: Gathering },
      },
    },
    (request) => updateGathering(app.db, actorOf(request), request.params.id, request.body, app.clock()),
  );

  gatheringAgendaRoutes(base);
  gatheringAttendanceRoutes(base);
};
