import { About } from '#domain/about';
import { apiQuery } from '#web/api/queries.ts';

export const aboutQuery = apiQuery('/api/about', About);
