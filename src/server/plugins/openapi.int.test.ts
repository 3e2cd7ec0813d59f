import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '#test/app';
import { fakeWebRoot } from '#test/web-root';
import { apiTags, openApiDocument } from './openapi';

interface Operation {
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
}
type Paths = Record<string, Record<string, Operation>>;

let t: TestApp;
let paths: Paths;
const web = fakeWebRoot();
const operations = () =>
  Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
const operation = (method: string, path: string): Operation => {
  const op = paths[path]?.[method];
  if (!op) throw new Error(`no ${method} ${path} in the document`);
  return op;
};

beforeAll(async () => {
  t = await testApp({}, { webRoot: web.root });
  paths = (openApiDocument(t.app) as { paths: Paths }).paths;
});
afterAll(async () => {
  await t.close();
  rmSync(web.root, { recursive: true, force: true });
});

describe('the OpenAPI document', () => {
  it('gives every route a one-line summary, a known tag and a success answer', () => {
    const known = new Set<string>(apiTags.map((tag) => tag.name));
    const lacking = operations().flatMap(({ path, method, op }) => {
      const wrong = [
        !op.summary || op.summary.includes('\n') ? 'a one-line summary (schema.summary)' : null,
        op.tags?.length !== 1 || !known.has(op.tags[0] ?? '') ? 'one tag of apiTags (schema.tags)' : null,
        Object.keys(op.responses).some((status) => status.startsWith('2')) ? null : 'a success response (schema.response)',
      ].filter(Boolean);
      return wrong.length ? [`${method.toUpperCase()} ${path} lacks ${wrong.join(', ')}`] : [];
    });
    expect(lacking).toEqual([]);
    expect(operations().length).toBeGreaterThan(100);
  });

  it('documents only the API: no web page, no docs asset, no HEAD twin', () => {
    expect(Object.keys(paths).every((path) => path.startsWith('/api/') && !path.startsWith('/api/docs'))).toBe(true);
    expect(paths['/api/openapi.json']).toBeUndefined();
    expect(operations().some(({ method }) => method === 'head')).toBe(false);
  });

  it('derives the error answers from what each route declares', () => {
    const statuses = (method: string, path: string) => Object.keys(operation(method, path).responses);
    // Public, no input: nothing can go wrong but the server.
    expect(statuses('get', '/api/health')).toEqual(['200']);
    // Public with a path parameter: a bad or unknown code, never a login.
    expect(statuses('get', '/api/certificates/{code}')).toEqual(['200', '400', '404']);
    // Login names what its declaration cannot imply: a wrong password, an inactive account, throttling.
    expect(statuses('post', '/api/auth/login')).toEqual(['200', '400', '401', '403', '413', '429']);
    expect(statuses('post', '/api/partners')).toEqual(['201', '400', '401', '403', '409', '413']);
    expect(statuses('delete', '/api/tokens/{id}')).toEqual(['204', '400', '401', '403', '404']);
    const forbidden = operation('get', '/api/partners').responses['403'];
    expect(forbidden?.description).toContain('`csrf`');
    expect(forbidden?.content).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/Error' } } });
  });

  it('says how each route is authenticated: nothing, a session (with CSRF for writes), or an API token for reads', () => {
    expect(operation('get', '/api/certificates/{code}').security).toEqual([]);
    expect(operation('get', '/api/kpi/partners').security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(operation('post', '/api/activities').security).toEqual([{ session: [], csrf: [] }]);
    // The token routes refuse tokens even to read.
    expect(operation('get', '/api/tokens').security).toEqual([{ session: [] }]);
  });

  it('names the files that exports, PDFs and photos send, and the field an upload travels in', () => {
    expect(Object.keys(operation('get', '/api/activities/export').responses['200']?.content ?? {})).toEqual([
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(Object.keys(operation('get', '/api/kpi/partners/{id}/rapor.pdf').responses['200']?.content ?? {})).toEqual(['application/pdf']);
    expect(Object.keys(operation('get', '/api/activities/{id}/photos/{photoId}').responses['200']?.content ?? {})).toEqual(['image/jpeg']);
    expect(operation('post', '/api/courses/{id}/images').requestBody?.content).toEqual({
      'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } },
    });
  });
});

describe('serving it', () => {
  it('answers the document at /api/openapi.json to anyone', async () => {
    const res = await t.anonymous().get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(openApiDocument(t.app))));
    expect(res.json<{ openapi: string }>().openapi).toBe('3.1.0');
  });

  it('serves the interactive docs at /api/docs to anyone, with no inline script, under the app’s policy', async () => {
    const page = await t.anonymous().get('/api/docs');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("script-src 'self';");
    const scripts = [...page.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every(([, attributes, body]) => /src="/.test(attributes ?? '') && (body ?? '').trim() === '')).toBe(true);
    const start = await t.anonymous().get('/api/docs/static/swagger-initializer.js');
    expect(start.statusCode).toBe(200);
    expect(start.headers['content-type']).toContain('javascript');
    // The page loads its document from ./json: the same as /api/openapi.json.
    expect((await t.anonymous().get('/api/docs/json')).json()).toEqual((await t.anonymous().get('/api/openapi.json')).json());
  });
});
