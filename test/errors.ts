import type { LightMyRequestResponse } from 'fastify';
import { ErrorBody } from '#domain/errors';

export type Answer = Pick<LightMyRequestResponse, 'json'>;

/** The error of a refused request, parsed with the schema the web app reads it with. */
export const errorOf = (res: Answer) => ErrorBody.parse(res.json()).error;

/** The fields an error names, sorted: the ones a form would mark. */
export const fieldsOf = (res: Answer) => (errorOf(res).details ?? []).map((d) => d.field).sort();
