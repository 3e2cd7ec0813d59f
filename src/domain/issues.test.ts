import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldIssuesOf } from './issues';
import { CreateUserBody } from './users';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected the input to be refused');
  return fieldIssuesOf(parsed.error.issues);
};

describe('fieldIssuesOf', () => {
  it('names each field with its limit and what the limit counts, and a decimal where a whole number belongs', () => {
    const schema = z.object({ title: z.string().min(3), items: z.array(z.number()).max(1), nested: z.object({ n: z.number().int() }) });
    const issues = issuesOf(schema, { title: 'ab', items: [1, 2], nested: { n: 1.5 } });
    expect(issues.map(({ message: _message, ...rest }) => rest)).toEqual([
      { field: 'title', issue: 'too_small', limit: 3, origin: 'string' },
      { field: 'items', issue: 'too_big', limit: 1, origin: 'array' },
      { field: 'nested.n', issue: 'not_integer' },
    ]);
  });

  it('names every unknown field by its full path', () => {
    const schema = z.strictObject({ a: z.strictObject({ b: z.number() }) });
    expect(issuesOf(schema, { a: { b: 1, c: 2 }, d: 3 })).toEqual([
      { field: 'a.c', issue: 'unknown_field', message: 'unknown field' },
      { field: 'd', issue: 'unknown_field', message: 'unknown field' },
    ]);
  });

  it('takes the name of a rule of our own from its params', () => {
    const issues = issuesOf(CreateUserBody, { username: 'orphan', password: 'long-enough-1', role: 'pengelola' });
    expect(issues).toEqual([{ field: 'partnerId', issue: 'required_for_role', message: 'required for a pengelola' }]);
  });

  it('reads the issues as the server receives them, path and code kept', () => {
    // fastify-type-provider-zod hands the handler `{ keyword, instancePath, params: { ...rest of the issue } }`.
    const fromServer = { code: 'too_big', path: ['indicators', '2', 'weight'], message: 'too big', maximum: 100, origin: 'number' };
    expect(fieldIssuesOf([fromServer])).toEqual([
      { field: 'indicators.2.weight', issue: 'too_big', message: 'too big', limit: 100, origin: 'number' },
    ]);
  });
});
