import { z } from 'zod';
import { RowIdParam } from '#domain/ids';
import {
  CreateProblemBody,
  Problem,
  ProblemCommentBody,
  ProblemEvent,
  ProblemExportQuery,
  ProblemList,
  ProblemListQuery,
  ProblemRegionSummary,
  ProblemStatusBody,
  ProblemSummaryQuery,
  UpdateProblemBody,
} from '#domain/problems';
import { zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { exportProduces, sendExport } from '#server/features/exports/reply';
import { problemExport, problemSheet } from './export';
import { problemForActor, problemsForActor } from './queries';
import { commentOnProblem, editProblem, raiseProblem } from './service';
import { changeProblemStatus } from './status';
import { problemSummaryForActor } from './summary';
import { ignoreProblemHappenings, type ProblemListener } from './events';

export const ProblemParams = z.strictObject({ id: RowIdParam });

/** Kendala: lists and counts, raising, reading, editing, the thread and the status. Actions are in actions.routes.ts. */
export const problemRoutesWith =
  (listener: ProblemListener): Routes =>
  (base) => {
    const app = zodRoutes(base);

    app.get(
      '/api/problems',
      {
        config: { access: 'problems.read' },
        schema: {
          summary: 'List problems in one’s scope, filtered',
          tags: ['problems'],
          querystring: ProblemListQuery,
          response: { 200: ProblemList },
        },
      },
      (request) => problemsForActor(app.db, actorOf(request), request.query, app.clock()),
    );

    app.get(
      '/api/problems/export',
      {
        config: { access: 'problems.read' },
        schema: {
          tags: ['problems'],
          produces: exportProduces,
          summary: 'The list of problems with its filters, as XLSX or CSV',
          querystring: ProblemExportQuery,
        },
      },
      async (request, reply) =>
        sendExport(reply, {
          format: request.query.format,
          stem: 'kendala',
          sheet: problemSheet,
          rows: await problemExport(app.db, actorOf(request), request.query, app.clock()),
          now: app.clock(),
        }),
    );

    app.get(
      '/api/problems/summary',
      {
        config: { access: 'problems.read' },
        schema: {
          summary: 'Count a region’s open problems and overdue actions',
          tags: ['problems'],
          querystring: ProblemSummaryQuery,
          response: { 200: ProblemRegionSummary },
        },
      },
      (request) => problemSummaryForActor(app.db, actorOf(request), request.query, app.clock()),
    );

    app.post(
      '/api/problems',
      {
        config: { access: 'problems.raise' },
        schema: {
          summary: 'Raise a problem of a partner library',
          tags: ['problems'],
          body: CreateProblemBody,
          response: { 201: Problem },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const id = await raiseProblem(app.db, actor, request.body, app.clock(), listener);
        return reply.status(201).send(await problemForActor(app.db, actor, id, app.clock()));
      },
    );

    app.get(
      '/api/problems/:id',
      {
        config: { access: 'problems.read' },
        schema: {
          summary: 'Read one problem with its thread, actions and gatherings',
          tags: ['problems'],
          params: ProblemParams,
          response: { 200: Problem },
        },
      },
      (request) => problemForActor(app.db, actorOf(request), request.params.id, app.clock()),
    );

    app.patch(
      '/api/problems/:id',
      {
        config: { access: 'problems.work' },
        schema: {
          summary: 'Edit a problem',
          tags: ['problems'],
          errors: [409],
          params: ProblemParams,
          body: UpdateProblemBody,
          response: { 200: Problem },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await editProblem(app.db, actor, request.params.id, request.body, app.clock());
        return problemForActor(app.db, actor, request.params.id, app.clock());
      },
    );

    app.post(
      '/api/problems/:id/comments',
      {
        config: { access: 'problems.comment' },
        schema: {
          summary: 'Comment on a problem',
          tags: ['problems'],
          params: ProblemParams,
          body: ProblemCommentBody,
          response: { 201: ProblemEvent },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await commentOnProblem(app.db, actorOf(request), request.params.id, request.body.text, app.clock(), listener)),
    );

    app.post(
      '/api/problems/:id/status',
      {
        config: { access: 'problems.work' },
        schema: {
          summary: 'Change a problem’s status (`selesai` needs a resolution)',
          tags: ['problems'],
          errors: [409],
          params: ProblemParams,
          body: ProblemStatusBody,
          response: { 200: Problem },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await changeProblemStatus(app.db, actor, request.params.id, request.body, app.clock(), listener);
        return problemForActor(app.db, actor, request.params.id, app.clock());
      },
    );
  };

/** Nobody listens: for tests and tools that build the routes alone. */
export const problemRoutes = problemRoutesWith(ignoreProblemHappenings);
