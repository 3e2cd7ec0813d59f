import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiText } from '#server/plugins/openapi';
import { testApp, type TestApp } from '#test/app';
import { openApiPath } from './openapi';

interface Document {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { summary?: string; parameters?: { in: string; name: string }[]; responses?: object }>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
}

const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

let t: TestApp;
let generated: string;
let committed: string;

// The app as the tests build it: this run's database (SQLite, or PostgreSQL under TEST_DB=postgres)
// and a clock in 2024; the committed file was written by `npm run openapi` on neither. Equal, so
// the document depends on the code alone.
beforeAll(async () => {
  t = await testApp();
  generated = openApiText(t.app);
  committed = readFileSync(openApiPath, 'utf8');
});
afterAll(() => t.close());

/** The first line where the two differ, to say where the drift is. */
function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  const line = left.findIndex((text, i) => text !== right[i]);
  const at = line === -1 ? left.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(left[at] ?? '(end)')}, generated ${JSON.stringify(right[at] ?? '(end)')}`;
}

describe('docs/openapi.json', () => {
  it('is what the code generates', () => {
    const drift =
      committed === generated
        ? null
        : `docs/openapi.json is out of date: run npm run openapi and commit it (${firstDifference(committed, generated)})`;
    expect(drift).toBeNull();
  });

  it('is an OpenAPI 3.1 document: info, operations with a summary and responses, path parameters declared, every $ref resolvable', () => {
    const document = JSON.parse(committed) as Document;
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: 'SIM TPBIS API', version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown });
    expect(Object.keys(document.paths).length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      if (!path.startsWith('/')) problems.push(`${path}: a path starts with /`);
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(item)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (!methods.has(method)) problems.push(`${name}: not an HTTP method`);
        if (!op.summary) problems.push(`${name}: no summary`);
        if (!op.responses || Object.keys(op.responses).length === 0) problems.push(`${name}: no responses`);
        const inPath = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        if (templated.some((param) => !inPath.includes(param ?? ''))) problems.push(`${name}: a path parameter is not declared`);
      }
    }
    for (const [, ref] of committed.matchAll(/"\$ref": "([^"]+)"/g)) {
      const target = /^#\/components\/(schemas|securitySchemes)\/(.+)$/.exec(ref ?? '');
      if (!target?.[1] || !target[2] || !(target[2] in document.components[target[1] as 'schemas']))
        problems.push(`${ref}: resolves to nothing`);
    }
    expect(problems).toEqual([]);
  });

  it('is written the same every time: two-space JSON, a final newline, the paths in order', () => {
    expect(committed).toBe(`${JSON.stringify(JSON.parse(committed), null, 2)}\n`);
    const paths = Object.keys((JSON.parse(committed) as Document).paths);
    expect(paths).toEqual([...paths].sort());
  });
});
