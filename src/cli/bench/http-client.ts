import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** A logged-in user of the bench: the session cookie and CSRF token a browser would hold. */
export interface Session {
  cookie: string;
  csrf: string;
}

// The bench's client shares the machine's two cores with the server it measures: Node's `fetch`
// cost the client ~3× the CPU of `node:http` per request (`/api/health` at 8 clients: 3,723
// against 12,711 answers/s), so the server was measured against a client starving it.
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request on a kept-alive connection; the whole body is read (and decompressed, as a browser would) before it answers. */
function call(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

export async function logIn(base: string, username: string, password: string): Promise<Session> {
  const res = await call(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`bench login ${username} failed: ${res.status} ${res.body.toString()}`);
  const cookie = (res.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
  const { csrfToken } = JSON.parse(res.body.toString()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

/** GETs a URL as a browser would (compressed answers accepted), reads the whole body, and answers how long it took in milliseconds. */
export async function timedGet(base: string, path: string, session?: Session): Promise<number> {
  const started = performance.now();
  const res = await call(`${base}${path}`, { headers: { 'accept-encoding': 'br, gzip', ...(session ? { cookie: session.cookie } : {}) } });
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
  return performance.now() - started;
}

let reports = 0;

// What libraries report (the source document's activities), so titles differ as a day's reports do.
const titles = ['Bimbingan membaca', 'Kelas menjahit', 'Pelatihan komputer', 'Sosialisasi PKK', 'Dongeng anak', 'Kelas memasak'];

/** One report as a manager makes it on the phone: create the activity, then submit it. Answers its milliseconds. */
export async function report(base: string, session: Session, partnerId: number, date: string): Promise<number> {
  const headers = {
    cookie: session.cookie,
    'x-csrf-token': session.csrf,
    'content-type': 'application/json',
    'accept-encoding': 'br, gzip',
  };
  const started = performance.now();
  reports += 1;
  const created = await call(`${base}/api/activities`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      partnerId,
      strategy: 'pelibatan_masyarakat',
      title: `${titles[reports % titles.length]} ${process.pid}-${reports}`,
      date,
      participantsMale: 6,
      participantsFemale: 9,
    }),
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${created.body.toString()}`);
  const { id } = JSON.parse(created.body.toString()) as { id: number };
  const submitted = await call(`${base}/api/activities/${id}/submit`, { method: 'POST', headers, body: '{}' });
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status}`);
  return performance.now() - started;
}

/** Median, 99th percentile and maximum of some timings. */
export function spread(ms: number[]): { n: number; p50: number; p99: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? Number.NaN };
}
