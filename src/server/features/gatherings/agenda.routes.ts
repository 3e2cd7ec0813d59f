import { CreateGatheringActionBody, UpdateGatheringActionBody } from '#domain/gathering-actions';
import { AgendaItem, GatheringAction, MinutesBody } from '#domain/gatherings';
import { zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { addGatheringAction, updateGatheringAction } from './actions';
import { writeMinutes } from './minutes';
import { ActionParams, ItemParams } from './params';

/** After the meeting: each agenda item's minutes, and the follow-up actions it decided. */
export const gatheringAgendaRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.put(
    '/api/gatherings/:id/agenda/:itemId/minutes',
    {
      config: { access: 'gatherings.write' },
      schema: {
        summary: 'Write the minutes of an agenda item',
        tags: ['gatherings'],
        params: ItemParams,
        body: MinutesBody,
        response: { 200: AgendaItem },
      },
    },
    (request) => writeMinutes(app.db, actorOf(request), request.params.id, request.params.itemId, request.body.minutes, app.clock()),
  );

  app.post(
    '/api/gatherings/:id/agenda/:itemId/actions',
    {
      config: { access: 'gatherings.write' },
      schema: {
        summary: 'Add a follow-up action to an agenda item',
        tags: ['gatherings'],
        params: ItemParams,
        body: CreateGatheringActionBody,
        response: { 201: GatheringAction },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addGatheringAction(app.db, actorOf(request), request.params.id, request.params.itemId, request.body, app.clock())),
  );

  app.patch(
    '/api/gatherings/:id/agenda/:itemId/actions/:actionId',
    {
      config: { access: 'gatherings.write' },
      schema: {
        summary: 'Edit or tick off a follow-up action of an agenda item',
        tags: ['gatherings'],
        params: ActionParams,
        body: UpdateGatheringActionBody,
        response: { 200: GatheringAction },
      },
    },
    (request) =>
      updateGatheringAction(
        app.db,
        actorOf(request),
        request.params.id,
        request.params.itemId,
        request.params.actionId,
        request.body,
        app.clock(),
      ),
  );
};
