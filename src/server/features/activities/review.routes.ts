import {
  Activity,
  ActivityEvent,
  BulkVerifyBody,
  BulkVerifyResult,
  CommentBody,
  ReopenActivityBody,
  ReturnActivityBody,
  SubmitActivityBody,
} from '#domain/activities';
import { zodRoutes, type Routes } from '#server/http/types';
import { sentAs } from '#server/http/serialized';
import { actorOf } from '#server/plugins/session';
import { ignoreActivityMoments, type ActivityListener } from './events';
import { IdParams } from './routes';
import { activityAnswer } from './answer-thread';
import { commentOnActivity, reopenActivity, returnActivity, submitActivity, verifyActivities, verifyActivity } from './status';

/**
 * The review loop: submit, verify (one or many), return with a comment, reopen with a reason,
 * comment. Each moment goes to the listener given here (the app passes the notifications').
 */
export const reviewRoutesWith =
  (listener: ActivityListener): Routes =>
  (base) => {
    const app = zodRoutes(base);

    app.post(
      '/api/activities/:id/submit',
      {
        config: { access: 'activities.report' },
        schema: {
          summary: 'Submit an activity for review',
          tags: ['activities'],
          errors: [409],
          params: IdParams,
          body: SubmitActivityBody,
          response: { 200: Activity },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await submitActivity(app.db, actor, request.params.id, app.clock(), request.body?.comment, listener);
        return sentAs(await activityAnswer(app, { actor, activityId: request.params.id }));
      },
    );

    app.post(
      '/api/activities/:id/verify',
      {
        config: { access: 'activities.review' },
        schema: {
          summary: 'Verify a submitted activity: it counts in the KPI',
          tags: ['activities'],
          errors: [409],
          params: IdParams,
          response: { 200: Activity },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await verifyActivity(app.db, actor, request.params.id, app.clock(), listener);
        return sentAs(await activityAnswer(app, { actor, activityId: request.params.id }));
      },
    );

    app.post(
      '/api/activities/:id/return',
      {
        config: { access: 'activities.review' },
        schema: {
          summary: 'Return a submitted activity with a comment',
          tags: ['activities'],
          errors: [409],
          params: IdParams,
          body: ReturnActivityBody,
          response: { 200: Activity },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await returnActivity(app.db, actor, request.params.id, request.body.comment, app.clock(), listener);
        return sentAs(await activityAnswer(app, { actor, activityId: request.params.id }));
      },
    );

    app.post(
      '/api/activities/:id/reopen',
      {
        config: { access: 'activities.reopen' },
        schema: {
          summary: 'Reopen a verified activity with a reason',
          tags: ['activities'],
          errors: [409],
          params: IdParams,
          body: ReopenActivityBody,
          response: { 200: Activity },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await reopenActivity(app.db, actor, request.params.id, request.body.reason, app.clock(), listener);
        return sentAs(await activityAnswer(app, { actor, activityId: request.params.id }));
      },
    );

    app.post(
      '/api/activities/:id/comments',
      {
        config: { access: 'activities.comment' },
        schema: {
          summary: 'Comment on an activity',
          tags: ['activities'],
          params: IdParams,
          body: CommentBody,
          response: { 201: ActivityEvent },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await commentOnActivity(app.db, actorOf(request), request.params.id, request.body.text, app.clock(), listener)),
    );

    app.post(
      '/api/activities/bulk-verify',
      {
        config: { access: 'activities.review' },
        schema: {
          summary: 'Verify several submitted activities at once',
          tags: ['activities'],
          body: BulkVerifyBody,
          response: { 200: BulkVerifyResult },
        },
      },
      async (request) => ({ verified: await verifyActivities(app.db, actorOf(request), request.body.ids, app.clock(), listener) }),
    );
  };

/** Nobody listens: for tests and tools that build the routes alone. */
export const reviewRoutes = reviewRoutesWith(ignoreActivityMoments);
