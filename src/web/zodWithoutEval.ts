import { z } from 'zod';

/**
 * Zod compiles a fast parser for each object schema with `new Function`, which the app's
 * Content-Security-Policy forbids (no 'unsafe-eval'); even its probe for eval is reported as a
 * violation. Imported first by main.tsx, before any schema is built, so every schema the web app
 * shares with the server parses without eval. The server keeps the compiled parsers.
 */
z.config({ jitless: true });
