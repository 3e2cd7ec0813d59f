import { z } from 'zod';
import { RowIdParam } from '#domain/ids';
import {
  Activity,
  ActivityExportQuery,
  ActivityList,
  ActivityListQuery,
  ActivitySubtypeList,
  ActivitySubtypeQuery,
  CreateActivityBody,
  PagingQuery,
  ReviewQueueQuery,
  UpdateActivityBody,
} from '#domain/activities';
import { NoContent, zodRoutes, type Routes } from '#server/http/types';
import { sentAs } from '#server/http/serialized';
import { actorOf } from '#server/plugins/session';
import { exportProduces, sendExport } from '#server/features/exports/reply';
import { activityExport, activitySheet } from './export';
import { activityAnswer, answerOffThread } from './answer-thread';
import { activitiesForActor, returnedToActor, reviewQueue } from './queries';
import { createActivity, deleteActivity, updateActivity } from './service';
import { subtypeOptions } from './subtypes';

export const IdParams = z.strictObject({ id: RowIdParam });

/** Reporting: sub-types, lists, and a reporter's create, read, edit and delete. The review loop is in review.routes.ts. */
export const activityRoutes: Routes = (base) => {
  const app = zodRoutes(base);
  // On the embedded database an activity's answer is built in a reader thread behind a deep queue of requests.
  if (base.dialect === 'sqlite') {
    const thread = answerOffThread(base.db, (error) => base.log.warn({ err: error }, 'answer thread failed; answering in-process'));
    base.addHook('onClose', () => thread.close());
  }

  app.get(
    '/api/activity-subtypes',
    {
      config: { access: 'activities.read' },
      schema: {
        summary: 'List the activity subtypes, of one strategy or all',
        tags: ['activities'],
        querystring: ActivitySubtypeQuery,
        response: { 200: ActivitySubtypeList },
      },
    },
    async (request) => ({ items: await subtypeOptions(app.db, request.query.strategy) }),
  );

  app.get(
    '/api/activities',
    {
      config: { access: 'activities.read' },
      schema: {
        summary: 'List activities in one’s scope, filtered and paged',
        tags: ['activities'],
        querystring: ActivityListQuery,
        response: { 200: ActivityList },
      },
    },
    (request) => activitiesForActor(app.db, actorOf(request), request.query),
  );

  app.get(
    '/api/activities/export',
    {
      config: { access: 'activities.read' },
      schema: {
        summary: 'Export the filtered activities as CSV or XLSX',
        tags: ['activities'],
        produces: exportProduces,
        querystring: ActivityExportQuery,
      },
    },
    async (request, reply) =>
      sendExport(reply, {
        format: request.query.format,
        stem: 'kegiatan',
        sheet: activitySheet,
        rows: await activityExport(app.db, actorOf(request), request.query),
        now: app.clock(),
      }),
  );

  app.get(
    '/api/activities/review-queue',
    {
      config: { access: 'activities.review' },
      schema: {
        summary: 'List the submitted activities waiting for one’s review',
        tags: ['activities'],
        querystring: ReviewQueueQuery,
        response: { 200: ActivityList },
      },
    },
    (request) => reviewQueue(app.db, actorOf(request), request.query),
  );

  app.get(
    '/api/activities/returned',
    {
      config: { access: 'activities.report' },
      schema: {
        summary: 'List one’s activities returned for changes',
        tags: ['activities'],
        querystring: PagingQuery,
        response: { 200: ActivityList },
      },
    },
    (request) => returnedToActor(app.db, actorOf(request), request.query),
  );

  app.post(
    '/api/activities',
    {
      config: { access: 'activities.report' },
      schema: {
        summary: 'Report an activity as a draft (a repeated `clientId` answers the first, 200)',
        tags: ['activities'],
        body: CreateActivityBody,
        response: { 200: Activity, 201: Activity },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id, created, createdEntryId } = await createActivity(app.db, actor, request.body, app.clock());
      const answer = await activityAnswer(app, { actor, activityId: id, createdEntryId: created ? createdEntryId : undefined });
      return reply.status(created ? 201 : 200).send(sentAs(answer));
    },
  );

  app.get(
    '/api/activities/:id',
    {
      config: { access: 'activities.read' },
      schema: {
        summary: 'Read one activity with its photos and history',
        tags: ['activities'],
        params: IdParams,
        response: { 200: Activity },
      },
    },
    async (request) => sentAs(await activityAnswer(app, { actor: actorOf(request), activityId: request.params.id })),
  );

  app.patch(
    '/api/activities/:id',
    {
      config: { access: 'activities.report' },
      schema: {
        summary: 'Edit a draft or returned activity',
        tags: ['activities'],
        errors: [409],
        params: IdParams,
        body: UpdateActivityBody,
        response: { 200: Activity },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await updateActivity(app.db, actor, request.params.id, request.body, app.clock());
      return sentAs(await activityAnswer(app, { actor, activityId: request.params.id }));
    },
  );

  app.delete(
    '/api/activities/:id',
    {
      config: { access: 'activities.report' },
      schema: { summary: 'Delete a draft activity', tags: ['activities'], errors: [409], params: IdParams, response: { 204: NoContent } },
    },
    async (request, reply) => {
      await deleteActivity(app.db, actorOf(request), request.params.id, app.config.uploadDir);
      return reply.status(204).send();
    },
  );
};
