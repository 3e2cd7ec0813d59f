import fc from 'fast-check';

/**
 * What a hostile or broken client sends: values for a field, raw text for a query value or a path
 * segment, and whole bodies that are not what they claim to be. Whatever a route makes of them,
 * the answer is never a 5xx; payloads.ts decides where each goes.
 */
const impossibleDates = [
  '2024-02-30',
  '2024-13-01',
  '2023-02-29',
  '2024-00-10',
  '0000-00-00',
  '2024-9-1',
  '2024-09-31T00:00:00Z',
  '+02024-01-01',
];
const controlStrings = [
  'a\u0000b',
  '\u0000',
  'judul\u0007\u001b[31m',
  'baris\r\nbaru\u000b',
  '\u202eterbalik',
  '\ud800',
  'nol\u0000'.repeat(50),
];
const hugeStrings = ['x'.repeat(10_001), 'é'.repeat(70_000), '\u0000'.repeat(5_000)];
const oddStrings = ["' OR 1=1 --", '%', '_', '\\', '😀'.repeat(60), '', ' ', '１２３', '1e400', 'NaN', '-0', '0x10', 'null', 'true'];
const wrongTypes: unknown[] = [null, true, false, 0, -1, 1.5, 2 ** 31, 2 ** 53 + 1, 1e308, -1e308, [], {}, [1, 'a'], { a: 1 }, '1', 'abc'];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...wrongTypes), weight: 4 },
  { arbitrary: fc.constantFrom(...impossibleDates), weight: 2 },
  { arbitrary: fc.constantFrom(...controlStrings), weight: 3 },
  { arbitrary: fc.constantFrom(...hugeStrings), weight: 1 },
  { arbitrary: fc.constantFrom(...oddStrings), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
);

/** Raw text for a query value or a path segment: hostile strings, already percent-encoded or deliberately not. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('%00', 'a%00b', '%zz', '%', '%E0%A4%A', '%C0%AF', '..%2f..%2f', '%0d%0aX-Injected:%201', '%ff%fe'),
  fc.constantFrom(...impossibleDates, ...oddStrings.slice(0, 12)).map(encode),
  fc.constantFrom(...controlStrings.slice(0, 6), 'x'.repeat(5_000)).map(encode),
  fc.constantFrom('-1', '0', '1.5', '1e3', '9'.repeat(30), '999999', '2147483648', '9007199254740993', '١٢', ' 1', 'abc', 'undefined'),
  fc.string({ unit: 'binary', maxLength: 20 }).map(encode),
);

export function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // A lone surrogate cannot be percent-encoded; send its UTF-16 code units as raw escapes.
    return [...value].map((ch) => `%${ch.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
  }
}

const malformedJson = [
  '{',
  '{"a":',
  '{"title": "x"',
  '[',
  'nul',
  '{"a":1}}',
  '{a:1}',
  "{'a':1}",
  '\u0000',
  '{"a":"\\ud800"}',
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '[]',
  '"teks"',
  '1',
  'null',
  'true',
  '['.repeat(5_000) + ']'.repeat(5_000),
  '\ufeff{}',
];

export interface RawBody {
  payload: string | Buffer;
  contentType: string | null;
}

const boundary = 'simfuzzBOUNDARY';
const part = (field: string, filename: string | null, type: string, data: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${field}"${filename === null ? '' : `; filename="${filename}"`}\r\nContent-Type: ${type}\r\n\r\n${data}\r\n`;
const withBoundary = `multipart/form-data; boundary=${boundary}`;
export const malformedMultipart: RawBody[] = [
  // No boundary at all.
  { payload: part('photo', 'a.jpg', 'image/jpeg', 'xx') + `--${boundary}--\r\n`, contentType: 'multipart/form-data' },
  // No closing boundary.
  { payload: part('photo', 'a.jpg', 'image/jpeg', '\xff\xd8\xff\xe0 not really a jpeg'), contentType: withBoundary },
  // Cut off inside the part's headers.
  { payload: `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filena`, contentType: withBoundary },
  // A boundary other than the announced one.
  { payload: part('photo', 'a.jpg', 'image/jpeg', 'xx').replaceAll(boundary, 'other') + '--other--\r\n', contentType: withBoundary },
  { payload: '', contentType: withBoundary },
  { payload: `--${boundary}--\r\n`, contentType: withBoundary },
  // Well formed, but not an image, in the wrong field, twice, or as a plain field.
  { payload: part('photo', 'a.jpg', 'image/jpeg', 'GIF89a this is no photo') + `--${boundary}--\r\n`, contentType: withBoundary },
  { payload: part('gambar', 'a.jpg', 'image/jpeg', 'xx') + `--${boundary}--\r\n`, contentType: withBoundary },
  {
    payload: part('photo', 'a.jpg', 'image/jpeg', 'x') + part('photo', 'b.jpg', 'image/jpeg', 'y') + `--${boundary}--\r\n`,
    contentType: withBoundary,
  },
  { payload: part('photo', null, 'text/plain', 'teks saja') + `--${boundary}--\r\n`, contentType: withBoundary },
  { payload: part('photo', 'a\u0000.jpg', 'image/jpeg', '') + `--${boundary}--\r\n`, contentType: withBoundary },
  { payload: part('x'.repeat(5_000), 'a.jpg', 'image/jpeg', 'xx') + `--${boundary}--\r\n`, contentType: withBoundary },
  { payload: 'tidak ada bagian sama sekali', contentType: 'multipart/form-data; boundary=' },
  { payload: part('photo', 'a.jpg', 'image/jpeg', 'xx') + `--${boundary}--\r\n`, contentType: 'multipart/form-data; boundary="' },
];

export const rawBodies: fc.Arbitrary<RawBody> = fc.oneof(
  fc.constantFrom(...malformedJson).map((payload) => ({ payload, contentType: 'application/json' })),
  fc.constantFrom(...malformedMultipart),
  fc.constantFrom<RawBody>(
    { payload: '', contentType: 'application/json' },
    { payload: '{"a":1}', contentType: 'text/plain' },
    { payload: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
    { payload: '<a/>', contentType: 'application/xml' },
    { payload: '{}', contentType: 'application/json; charset=utf-16' },
    { payload: '{}', contentType: 'application/jsonx' },
    { payload: '{}', contentType: null },
    { payload: 'x'.repeat(300 * 1024), contentType: 'application/json' },
  ),
  fc.jsonValue({ maxDepth: 4 }).map((v) => ({ payload: JSON.stringify(v) ?? 'null', contentType: 'application/json' })),
);
