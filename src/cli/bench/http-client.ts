/** A logged-in user of the bench: the session cookie and CSRF token a browser would hold. */
export interface Session {
  cookie: string;
  csrf: string;
}

export async function logIn(base: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`bench login ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

/** GETs a URL, reads the whole body, and answers how long it took in milliseconds. */
export async function timedGet(base: string, path: string, session?: Session): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${base}${path}`, { headers: session ? { cookie: session.cookie } : {} });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return performance.now() - started;
}

let reports = 0;

/** One report as a manager makes it on the phone: create the activity, then submit it. Answers its milliseconds. */
export async function report(base: string, session: Session, partnerId: number, date: string): Promise<number> {
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' };
  const started = performance.now();
  reports += 1;
  const created = await fetch(`${base}/api/activities`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      partnerId,
      strategy: 'pelibatan_masyarakat',
      title: `Bimbingan membaca bench ${process.pid}-${reports}`,
      date,
      participantsMale: 6,
      participantsFemale: 9,
    }),
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: number };
  const submitted = await fetch(`${base}/api/activities/${id}/submit`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: '{}',
  });
  await submitted.arrayBuffer();
  if (!submitted.ok) throw new Error(`submit: ${submitted.status}`);
  return performance.now() - started;
}

/** Median, 99th percentile and maximum of some timings. */
export function spread(ms: number[]): { n: number; p50: number; p99: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? Number.NaN };
}
