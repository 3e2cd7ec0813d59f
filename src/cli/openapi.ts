import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from '#server/app';
import { loadConfig } from '#server/config';
import { connect } from '#server/db/connect';
import { openApiText } from '#server/plugins/openapi';

/** Where the committed document lives; the drift test (openapi.int.test.ts) reads it too. */
export const openApiPath = resolve('docs/openapi.json');

/**
 * The document as the code declares it. The app is built on an empty throwaway SQLite file and
 * never served: the document comes from the route declarations alone, whatever the environment's
 * database, settings or clock.
 */
export async function generatedOpenApi(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sim-openapi-'));
  const connection = connect({ dataDir });
  try {
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SIM_DEMO: '0' });
    const app = await buildApp({ config, connection, logger: false, webRoot: join(dataDir, 'no-web') });
    await app.ready();
    const text = openApiText(app);
    await app.close();
    return text;
  } finally {
    await connection.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `openapi`: writes docs/openapi.json from the code (run after changing a route, and commit the result). */
export async function openApiCommand(): Promise<number> {
  const text = await generatedOpenApi();
  writeFileSync(openApiPath, text);
  const operations = Object.values((JSON.parse(text) as { paths: Record<string, object> }).paths).reduce(
    (n, methods) => n + Object.keys(methods).length,
    0,
  );
  console.log(`wrote ${openApiPath}: ${operations} operations`);
  return 0;
}
