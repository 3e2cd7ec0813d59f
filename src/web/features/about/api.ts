import { z } from 'zod';
import { api } from '#web/api/client.ts';

// Mirrors the server's answer; it lives in the about route, not yet in #domain.
const About = z.object({
  name: z.string(),
  version: z.string(),
  database: z.string(),
  regions: z.number(),
  credits: z.array(z.object({ what: z.string(), source: z.string(), licence: z.string(), url: z.string() })),
});
export type About = z.infer<typeof About>;

export const fetchAbout = (signal?: AbortSignal) => api('/api/about', About, { signal });
