import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * `npm run bench:bundle`: how much JavaScript a phone downloads before it can log in, see the
 * home page and open the report form (issue 8: at most 150 kB gzip on rural 3G). It reads Vite's
 * manifest, so it counts exactly the chunks the browser loads for those pages and nothing lazy.
 */

/** One entry of dist/web/.vite/manifest.json, keyed by source path (or `_name.js` for shared chunks). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The pages of the first visit, by the module that renders each (paths under src/web). */
export const firstVisit = [
  { path: '/login', module: 'features/auth/LoginPage.tsx' },
  { path: '/', module: 'features/home/HomePage.tsx' },
  { path: '/lapor', module: 'features/activities/NewActivityPage.tsx' },
] as const;

export const budgetBytes = 150_000;

/** The manifest keys of the chunks a chunk needs before it runs: itself and its static imports, transitively. */
export function staticClosure(manifest: Manifest, key: string): string[] {
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    const chunk = manifest[k];
    if (!chunk) throw new Error(`the manifest names "${k}" but has no entry for it`);
    seen.add(k);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return [...seen];
}

export function entryKey(manifest: Manifest): string {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1 || !entries[0]) throw new Error(`expected one entry in the manifest, found ${entries.length}`);
  return entries[0][0];
}

/**
 * The chunk holding a module: its own when it is loaded lazily (a manifest key), otherwise the
 * chunk whose source map lists it (it was bundled into the entry or a shared chunk).
 */
export function chunkHolding(manifest: Manifest, module: string, sourcesOf: (file: string) => string[]): string {
  if (manifest[module]) return module;
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith('.js')) continue;
    if (sourcesOf(chunk.file).some((source) => source === module)) return key;
  }
  throw new Error(`no chunk holds ${module}: was it renamed? (update firstVisit in src/cli/bundle-budget.ts)`);
}

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** What travels: the build's own .gz/.br files when present, else the same levels computed here. */
function sizesOf(webRoot: string, file: string): Sizes {
  const path = join(webRoot, file);
  const content = readFileSync(path);
  const compressed = (ext: string, make: () => Buffer) => (existsSync(path + ext) ? readFileSync(path + ext).length : make().length);
  return {
    raw: content.length,
    gzip: compressed('.gz', () => gzipSync(content, { level: 9 })),
    brotli: compressed('.br', () => brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  };
}

/** Source paths of a chunk's source map, relative to the web app's root (src/web). */
function sourceMapReader(webRoot: string, appRoot: string): (file: string) => string[] {
  return (file) => {
    const mapPath = join(webRoot, `${file}.map`);
    if (!existsSync(mapPath)) throw new Error(`${mapPath} is missing: the budget needs build.sourcemap`);
    const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[] };
    return map.sources.map((source) => {
      const absolute = resolve(dirname(mapPath), source);
      return absolute.startsWith(`${appRoot}/`) ? absolute.slice(appRoot.length + 1) : absolute;
    });
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function bundleBudget(webRoot: string, appRoot: string): { total: Sizes; lines: string[] } {
  const manifestPath = join(webRoot, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`npm run build:web\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const sourcesOf = sourceMapReader(webRoot, appRoot);
  const entry = entryKey(manifest);
  const needed = new Set(staticClosure(manifest, entry));
  const lines: string[] = [];
  for (const page of firstVisit) {
    const holder = chunkHolding(manifest, page.module, sourcesOf);
    const chunks = staticClosure(manifest, holder);
    const extra = chunks.filter((k) => !needed.has(k));
    for (const k of chunks) needed.add(k);
    const where = holder === entry ? 'in the entry chunk' : `chunk ${manifest[holder]?.file}`;
    lines.push(`  ${page.path.padEnd(7)} ${page.module} — ${where}${extra.length ? `, adds ${extra.length} chunk(s)` : ''}`);
  }
  const files = [...needed].map((k) => manifest[k]?.file ?? k).filter((file) => file.endsWith('.js'));
  const total: Sizes = { raw: 0, gzip: 0, brotli: 0 };
  lines.push('', '| file | raw | gzip | brotli |', '|---|---:|---:|---:|');
  for (const file of files) {
    const s = sizesOf(webRoot, file);
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
    lines.push(`| ${file} | ${kB(s.raw)} | ${kB(s.gzip)} | ${kB(s.brotli)} |`);
  }
  lines.push(`| **total (${files.length} files)** | ${kB(total.raw)} | ${kB(total.gzip)} | ${kB(total.brotli)} |`);
  const lazy = Object.values(manifest).filter((chunk) => chunk.file.endsWith('.js') && !files.includes(chunk.file)).length;
  lines.push('', `${lazy} more JavaScript chunk(s) load only when a page needs them.`);
  return { total, lines };
}

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const repo = resolve(here, '..', '..');
  const { total, lines } = bundleBudget(join(repo, 'dist', 'web'), join(repo, 'src', 'web'));
  console.log('JavaScript of the first visit (login, home, report form):');
  for (const line of lines) console.log(line);
  const verdict = total.gzip <= budgetBytes ? 'within' : 'OVER';
  console.log(`\n${kB(total.gzip)} gzip — ${verdict} the budget of ${kB(budgetBytes)} gzip.`);
  if (total.gzip > budgetBytes) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
