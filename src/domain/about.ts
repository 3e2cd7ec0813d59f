import { z } from 'zod';

/** What the about page shows: the version, the database in use, and the credits owed. */
export const About = z.object({
  name: z.string(),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
  regions: z.number().int(),
  credits: z.array(z.object({ what: z.string(), source: z.string(), licence: z.string(), url: z.string() })),
});
export type About = z.infer<typeof About>;
