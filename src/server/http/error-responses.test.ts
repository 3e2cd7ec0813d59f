import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorDescription, errorStatusesOf } from './error-responses';

const body = z.object({ name: z.string() });

describe('the error statuses a route can answer', () => {
  it('follow from its access, its inputs and its path', () => {
    expect(errorStatusesOf({ method: 'GET', url: '/api/health', config: { access: 'public' } })).toEqual([]);
    expect(
      errorStatusesOf({ method: 'GET', url: '/api/partners', config: { access: 'partners.read' }, schema: { querystring: body } }),
    ).toEqual([400, 401, 403]);
    expect(errorStatusesOf({ method: 'PATCH', url: '/api/partners/:id', config: { access: 'partners.write' }, schema: { body } })).toEqual([
      400, 401, 403, 404, 413,
    ]);
    // An upload is a body even though no schema validates it.
    expect(errorStatusesOf({ method: 'POST', url: '/api/x', config: { access: 'session' }, schema: { upload: 'photo' } })).toEqual([
      400, 401, 403, 413,
    ]);
  });

  it('add what the route names, in order', () => {
    const login = {
      method: 'POST',
      url: '/api/auth/login',
      config: { access: 'public' },
      schema: { body, errors: [429, 401, 403] },
    } as const;
    expect(errorStatusesOf(login)).toEqual([400, 401, 403, 413, 429]);
    expect(errorStatusesOf({ method: 'DELETE', url: '/api/a/:id', config: { access: 'session' }, schema: { errors: [409] } })).toEqual([
      401, 403, 404, 409,
    ]);
  });

  it('are described with the error codes each carries', () => {
    expect(errorDescription(401)).toMatch(/Codes: `unauthenticated`, `token_expired`\.$/);
    expect(errorDescription(409)).toContain('`conflict`');
  });
});
