import { z } from 'zod';
import { RowIdParam } from '#domain/ids';
import {
  BookletQuery,
  CreatePracticeBody,
  Practice,
  PracticeCommentBody,
  PracticeEvent,
  PracticeExportQuery,
  PracticeList,
  PracticeListQuery,
  ReturnPracticeBody,
  SubmitPracticeBody,
  UpdatePracticeBody,
} from '#domain/practices';
import { NoContent, mediaTypes, zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { exportProduces, sendExport } from '#server/features/exports/reply';
import { bookletOf } from './booklet';
import { bookletPdf } from './booklet-pdf';
import { ignorePracticeMoments, type PracticeListener } from './events';
import { practiceExport, practiceSheet } from './export';
import { practiceForActor, practicesForActor } from './queries';
import { commentOnPractice, featurePractice, publishPractice, returnPractice, submitPractice } from './review';
import { createPractice, deletePractice, updatePractice } from './service';

const IdParams = z.strictObject({ id: RowIdParam });

/**
 * Stories: the gallery and the booklet, the author's create, edit and delete, and the review
 * loop. The moments others will hear of (published, returned, featured, commented) go to the
 * listener given here; the notifications issue passes its own.
 */
export const practiceRoutesWith =
  (listener: PracticeListener): Routes =>
  (base) => {
    const app = zodRoutes(base);

    app.get(
      '/api/practices',
      {
        config: { access: 'practices.read' },
        schema: {
          summary: 'List good-practice stories, filtered and paged',
          tags: ['practices'],
          querystring: PracticeListQuery,
          response: { 200: PracticeList },
        },
      },
      (request) => practicesForActor(app.db, actorOf(request), request.query),
    );

    app.get(
      '/api/practices/export',
      {
        config: { access: 'practices.read' },
        schema: {
          tags: ['practices'],
          produces: exportProduces,
          summary: 'The list of good-practice stories with its filters, as XLSX or CSV',
          querystring: PracticeExportQuery,
        },
      },
      (request, reply) =>
        sendExport(reply, {
          format: request.query.format,
          stem: 'praktik-baik',
          sheet: practiceSheet,
          rows: practiceExport(app.db, actorOf(request), request.query),
          now: app.clock(),
        }),
    );

    app.get(
      '/api/practices/booklet.pdf',
      {
        config: { access: 'practices.read' },
        schema: {
          summary: 'Download a booklet of published stories as PDF',
          tags: ['practices'],
          produces: [mediaTypes.pdf],
          querystring: BookletQuery,
        },
      },
      async (request, reply) => {
        const now = app.clock();
        const pdf = await bookletPdf(await bookletOf(app.db, request.query, app.config.uploadDir), now);
        const file = `kisah-praktik-baik-${request.query.region ?? 'indonesia'}-${now.toISOString().slice(0, 10)}.pdf`;
        return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${file}"`).send(pdf);
      },
    );

    app.post(
      '/api/practices',
      {
        config: { access: 'practices.write' },
        schema: { summary: 'Write a story as a draft', tags: ['practices'], body: CreatePracticeBody, response: { 201: Practice } },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const id = await createPractice(app.db, actor, request.body, app.clock());
        return reply.status(201).send(await practiceForActor(app.db, actor, id));
      },
    );

    app.get(
      '/api/practices/:id',
      {
        config: { access: 'practices.read' },
        schema: { summary: 'Read one story', tags: ['practices'], params: IdParams, response: { 200: Practice } },
      },
      (request) => practiceForActor(app.db, actorOf(request), request.params.id),
    );

    app.patch(
      '/api/practices/:id',
      {
        config: { access: 'practices.write' },
        schema: {
          summary: 'Edit a draft or returned story',
          tags: ['practices'],
          errors: [409],
          params: IdParams,
          body: UpdatePracticeBody,
          response: { 200: Practice },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await updatePractice(app.db, actor, request.params.id, request.body, app.clock());
        return practiceForActor(app.db, actor, request.params.id);
      },
    );

    app.delete(
      '/api/practices/:id',
      {
        config: { access: 'practices.write' },
        schema: { summary: 'Delete a draft story', tags: ['practices'], errors: [409], params: IdParams, response: { 204: NoContent } },
      },
      async (request, reply) => {
        await deletePractice(app.db, actorOf(request), request.params.id, app.config.uploadDir);
        return reply.status(204).send();
      },
    );

    app.post(
      '/api/practices/:id/submit',
      {
        config: { access: 'practices.write' },
        schema: {
          summary: 'Submit a story for review',
          tags: ['practices'],
          errors: [409],
          params: IdParams,
          body: SubmitPracticeBody,
          response: { 200: Practice },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await submitPractice(app.db, actor, request.params.id, app.clock(), request.body?.comment, listener);
        return practiceForActor(app.db, actor, request.params.id);
      },
    );

    app.post(
      '/api/practices/:id/publish',
      {
        config: { access: 'practices.review' },
        schema: { summary: 'Publish a submitted story', tags: ['practices'], errors: [409], params: IdParams, response: { 200: Practice } },
      },
      async (request) => {
        const actor = actorOf(request);
        await publishPractice(app.db, actor, request.params.id, app.clock(), listener);
        return practiceForActor(app.db, actor, request.params.id);
      },
    );

    app.post(
      '/api/practices/:id/return',
      {
        config: { access: 'practices.review' },
        schema: {
          summary: 'Return a submitted story with a comment',
          tags: ['practices'],
          errors: [409],
          params: IdParams,
          body: ReturnPracticeBody,
          response: { 200: Practice },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await returnPractice(app.db, actor, request.params.id, request.body.comment, app.clock(), listener);
        return practiceForActor(app.db, actor, request.params.id);
      },
    );

    for (const [path, featured, summary] of [
      ['feature', true, 'Feature a published story'],
      ['unfeature', false, 'Stop featuring a story'],
    ] as const) {
      app.post(
        `/api/practices/:id/${path}`,
        {
          config: { access: 'practices.feature' },
          schema: { summary, tags: ['practices'], errors: [409], params: IdParams, response: { 200: Practice } },
        },
        async (request) => {
          const actor = actorOf(request);
          await featurePractice(app.db, actor, request.params.id, featured, app.clock(), listener);
          return practiceForActor(app.db, actor, request.params.id);
        },
      );
    }

    app.post(
      '/api/practices/:id/comments',
      {
        config: { access: 'practices.comment' },
        schema: {
          summary: 'Comment on a story',
          tags: ['practices'],
          params: IdParams,
          body: PracticeCommentBody,
          response: { 201: PracticeEvent },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await commentOnPractice(app.db, actorOf(request), request.params.id, request.body.text, app.clock(), listener)),
    );
  };

/** Nobody listens to stories' moments yet. */
export const practiceRoutes = practiceRoutesWith(ignorePracticeMoments);
