import { RowIdParam } from '#domain/ids';
import { CreateProblemActionBody, ProblemAction, UpdateProblemActionBody } from '#domain/problems';
import { zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { addProblemAction, updateProblemActionOf } from './actions';
import { ProblemParams } from './routes';
import { ignoreProblemHappenings, type ProblemListener } from './events';

const ActionParams = ProblemParams.extend({ actionId: RowIdParam });

/** A problem's follow-up actions: add one; tick it done, or edit what, who and when. */
export const problemActionRoutesWith =
  (listener: ProblemListener): Routes =>
  (base) => {
    const app = zodRoutes(base);

    app.post(
      '/api/problems/:id/actions',
      {
        config: { access: 'problems.work' },
        schema: {
          summary: 'Add a follow-up action to an open problem',
          tags: ['problems'],
          errors: [409],
          params: ProblemParams,
          body: CreateProblemActionBody,
          response: { 201: ProblemAction },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addProblemAction(app.db, actorOf(request), request.params.id, request.body, app.clock(), listener)),
    );

    app.patch(
      '/api/problems/:id/actions/:actionId',
      {
        config: { access: 'problems.work' },
        schema: {
          summary: 'Edit or tick off an open problem’s follow-up action',
          tags: ['problems'],
          errors: [409],
          params: ActionParams,
          body: UpdateProblemActionBody,
          response: { 200: ProblemAction },
        },
      },
      (request) =>
        updateProblemActionOf(app.db, actorOf(request), request.params.id, request.params.actionId, request.body, app.clock(), listener),
    );
  };

/** Nobody listens: for tests and tools that build the routes alone. */
export const problemActionRoutes = problemActionRoutesWith(ignoreProblemHappenings);
