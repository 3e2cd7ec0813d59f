import fc from 'fast-check';
import { z } from 'zod';
import type { CaseRequest } from './authorization.cases';
import { encode, hostileText, hostileValue, malformedMultipart, rawBodies, type RawBody } from './hostile';
import type { RegisteredRoute } from './routes';

/**
 * Hostile requests for one route, derived from the Zod schemas it registered (turned into JSON
 * Schema by `z.toJSONSchema`), so a new route's fields are fuzzed without anyone listing them.
 * Each case starts from a request the route accepts and breaks one to three things in it.
 */
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  pattern?: string;
  enum?: unknown[];
}

export interface RouteShape {
  body: JsonSchema | null;
  query: JsonSchema | null;
  params: JsonSchema | null;
}

function jsonSchemaOf(schema: unknown): JsonSchema | null {
  if (!(schema instanceof z.ZodType)) return null;
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    return {};
  }
}

export function shapeOf(route: RegisteredRoute): RouteShape {
  const s = route.schema ?? {};
  return { body: jsonSchemaOf(s.body), query: jsonSchemaOf(s.querystring), params: jsonSchemaOf(s.params) };
}

/** The object branch of `X | null` and the like. */
const objectOf = (s: JsonSchema | undefined): JsonSchema | undefined =>
  s?.properties ? s : s?.anyOf?.map(objectOf).find((b) => b !== undefined);

/** Every field a schema names, with its own schema, down to `depth` levels (array items as index 0). */
export function fieldsOf(schema: JsonSchema | null, depth = 3): { path: string[]; schema: JsonSchema }[] {
  const fields: { path: string[]; schema: JsonSchema }[] = [];
  const walk = (s: JsonSchema | undefined, prefix: string[]) => {
    if (prefix.length >= depth || !s) return;
    for (const [key, child] of Object.entries(objectOf(s)?.properties ?? {})) {
      fields.push({ path: [...prefix, key], schema: child });
      walk(child, [...prefix, key]);
      const items = child.items ?? child.anyOf?.find((b) => b.items)?.items;
      if (items) {
        fields.push({ path: [...prefix, key, '0'], schema: items });
        walk(items, [...prefix, key, '0']);
      }
    }
  };
  walk(schema ?? undefined, []);
  return fields;
}

export const fieldPaths = (schema: JsonSchema | null, depth = 3) => fieldsOf(schema, depth).map((f) => f.path);
const isWhole = (s: JsonSchema): boolean => s.type === 'integer' || (s.anyOf ?? []).some(isWhole);
const isText = (s: JsonSchema): boolean =>
  s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string')) || (s.anyOf ?? []).some(isText);

const requiredOf = (schema: JsonSchema | null) => objectOf(schema ?? undefined)?.required ?? [];
const isDateLike = (path: string[]) => /(^date$|^from$|^to$|Date$|From$)/.test(path[path.length - 1] ?? '');

export type Mutation =
  | { kind: 'set'; path: string[]; value: unknown }
  | { kind: 'drop'; path: string[] }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'query'; key: string; raw: string }
  | { kind: 'query-repeat'; key: string }
  | { kind: 'param'; index: number; raw: string }
  | { kind: 'raw'; body: RawBody };

const writes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const extraKeys = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'role', 'id', ''),
  fc.string({ maxLength: 12 }),
);

/** Mutations that fit the route: body fields for a write with a body, query keys for its query, path segments for its params. */
export function mutationArbitrary(route: RegisteredRoute, shape: RouteShape): fc.Arbitrary<Mutation> {
  const options: fc.Arbitrary<Mutation>[] = [];
  const bodyPaths = fieldPaths(shape.body);
  if (writes.has(route.method) && bodyPaths.length > 0) {
    options.push(fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...bodyPaths), value: hostileValue }));
    options.push(fc.record({ kind: fc.constant('drop' as const), path: fc.constantFrom(...bodyPaths) }));
  }
  if (writes.has(route.method)) {
    options.push(fc.record({ kind: fc.constant('extra' as const), key: extraKeys, value: hostileValue }));
    options.push(fc.record({ kind: fc.constant('raw' as const), body: rawBodies }));
  }
  const queryKeys = Object.keys(objectOf(shape.query ?? undefined)?.properties ?? {});
  if (route.method === 'GET' || queryKeys.length > 0) {
    const key = queryKeys.length > 0 ? fc.oneof(fc.constantFrom(...queryKeys), extraKeys.map(encode)) : extraKeys.map(encode);
    options.push(fc.record({ kind: fc.constant('query' as const), key, raw: hostileText }));
    if (queryKeys.length > 0) options.push(fc.record({ kind: fc.constant('query-repeat' as const), key: fc.constantFrom(...queryKeys) }));
  }
  const paramIndexes = route.url
    .split('/')
    .map((segment, index) => (segment.startsWith(':') ? index : -1))
    .filter((i) => i >= 0);
  if (paramIndexes.length > 0) {
    options.push(fc.record({ kind: fc.constant('param' as const), index: fc.constantFrom(...paramIndexes), raw: hostileText }));
  }
  return fc.oneof(...options);
}

/**
 * A case tried on purpose rather than drawn; some must be refused with a 400 that names the field
 * (for a nested field, the field or the object around it, which may be refused for lacking more).
 */
export interface EdgeCase {
  mutations: Mutation[];
  refusedNaming?: string;
}

/**
 * The same kinds of breakage, tried on every field rather than drawn at random: every text field
 * with NUL and with a control character, every date with impossible dates (each refused with a
 * 400 naming the field, as DESIGN.md's security baseline says), every top-level field with another
 * type, each required field missing, and every path segment malformed or naming nothing.
 */
export function edgeCases(route: RegisteredRoute, shape: RouteShape): EdgeCase[] {
  const cases: EdgeCase[] = [];
  const refused = (mutation: Mutation, field: string) => cases.push({ mutations: [mutation], refusedNaming: field });
  if (writes.has(route.method)) {
    for (const { path, schema } of fieldsOf(shape.body)) {
      const field = path.join('.');
      if (path.length === 1) cases.push({ mutations: [{ kind: 'set', path, value: { nested: true } }] });
      // A password is only ever hashed, never stored or shown as text: fuzzed like the rest, but not held to the text rule.
      if (isText(schema) && !/password/i.test(field)) {
        refused({ kind: 'set', path, value: 'a\u0000b' }, field);
        refused({ kind: 'set', path, value: 'bel\u0007' }, field);
      }
      if (isDateLike(path)) for (const value of ['2024-02-30', '2024-13-01']) refused({ kind: 'set', path, value }, field);
      // A whole number the schema allows but a 32-bit integer column does not hold.
      if (isWhole(schema)) cases.push({ mutations: [{ kind: 'set', path, value: 2 ** 31 }] });
    }
    for (const key of requiredOf(shape.body)) cases.push({ mutations: [{ kind: 'drop', path: [key] }] });
    cases.push({ mutations: [{ kind: 'raw', body: { payload: '{"a":', contentType: 'application/json' } }] });
    // The two malformed multipart bodies of DESIGN.md: no boundary, and no closing boundary.
    for (const body of malformedMultipart.slice(0, 2)) cases.push({ mutations: [{ kind: 'raw', body }] });
  }
  for (const [key, schema] of Object.entries(objectOf(shape.query ?? undefined)?.properties ?? {})) {
    refused({ kind: 'query', key, raw: 'a%00b' }, key);
    if (isWhole(schema)) cases.push({ mutations: [{ kind: 'query', key, raw: String(2 ** 31) }] });
    if (isDateLike([key])) for (const raw of ['2024-02-30', '2024-13-01']) refused({ kind: 'query', key, raw }, key);
  }
  route.url.split('/').forEach((segment, index) => {
    // Beside malformed segments, well-formed ids that name nothing (one past a 32-bit integer, too), answered by the handler.
    if (segment.startsWith(':')) {
      for (const raw of ['%zz', '%00', '999999', '2147483648']) cases.push({ mutations: [{ kind: 'param', index, raw }] });
    }
  });
  return cases;
}

/** The request the route accepts, broken as the mutations say. */
export function applyMutations(base: CaseRequest, mutations: Mutation[]): CaseRequest {
  const [pathPart = '', queryPart] = base.url.split('?');
  const segments = pathPart.split('/');
  const query: [string, string][] = queryPart ? queryPart.split('&').map((kv) => kv.split('=', 2) as [string, string]) : [];
  let body: unknown = base.payload === undefined || Buffer.isBuffer(base.payload) ? base.payload : structuredClone(base.payload);
  const headers: Record<string, string> = { ...(base.headers as Record<string, string> | undefined) };
  let raw: RawBody | null = null;
  let bodyChanged = false;

  for (const m of mutations) {
    switch (m.kind) {
      case 'set':
      case 'drop': {
        if (typeof body !== 'object' || body === null || Buffer.isBuffer(body)) body = {};
        setPath(body as Record<string, unknown>, m.path, m.kind === 'set' ? m.value : undefined, m.kind === 'drop');
        bodyChanged = true;
        break;
      }
      case 'extra':
        if (typeof body !== 'object' || body === null || Buffer.isBuffer(body)) body = {};
        // defineProperty, so a key named __proto__ is sent as a key rather than changing the object's prototype.
        Object.defineProperty(body, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
        bodyChanged = true;
        break;
      case 'query': {
        const at = query.findIndex(([k]) => k === m.key);
        if (at >= 0) query[at] = [m.key, m.raw];
        else query.push([m.key, m.raw]);
        break;
      }
      case 'query-repeat':
        query.push([m.key, query.find(([k]) => k === m.key)?.[1] ?? '1'], [m.key, '2']);
        break;
      case 'param':
        segments[m.index] = m.raw;
        break;
      case 'raw':
        raw = m.body;
        break;
    }
  }
  const url = segments.join('/') + (query.length > 0 ? `?${query.map(([k, v]) => `${k}=${v}`).join('&')}` : '');
  if (raw) {
    delete headers['content-type'];
    if (raw.contentType !== null) headers['content-type'] = raw.contentType;
    return { ...base, url, headers, payload: raw.payload };
  }
  if (bodyChanged) {
    delete headers['content-type'];
    headers['content-type'] = 'application/json';
    return { ...base, url, headers, payload: JSON.stringify(body) };
  }
  return { ...base, url, headers };
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown, drop: boolean): void {
  let node: Record<string, unknown> = target;
  path.slice(0, -1).forEach((key, i) => {
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = /^\d+$/.test(path[i + 1] ?? '') ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  const last = path[path.length - 1] as string;
  if (drop) delete node[last];
  else node[last] = value;
}

/** A short, printable account of a request, for a failure message. */
export function describeRequest(options: CaseRequest): string {
  const p = options.payload;
  const payload = p === undefined ? '' : Buffer.isBuffer(p) ? p.toString('latin1') : typeof p === 'string' ? p : JSON.stringify(p);
  const type =
    (options.headers as Record<string, string> | undefined)?.['content-type'] ??
    (typeof p === 'object' && !Buffer.isBuffer(p) ? 'json' : '');
  return `${options.method} ${options.url.slice(0, 160)} [${type}] ${JSON.stringify(payload.slice(0, 160))}`;
}
