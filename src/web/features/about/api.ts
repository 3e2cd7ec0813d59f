import { About } from '#domain/about';
import { api } from '#web/api/client.ts';

export type { About };
export const fetchAbout = (signal?: AbortSignal) => api('/api/about', About, { signal });
