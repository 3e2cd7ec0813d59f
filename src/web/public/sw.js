/* SIM TPBIS service worker: lets the app open without a connection so reports can go to the outbox.
 * - The app shell (page, manifest, icons and the bundles the page names) is cached on install.
 * - Page loads: network first, the cached page when there is no connection.
 * - /assets/* (hashed file names, never changed): cache first, storing what it fetches.
 * - /api/* and everything else (photos, PDFs) is never cached: it goes to the network as usual.
 * Bump VERSION when this file's caching changes; activate deletes the caches of older versions. */
/* global self, caches, fetch, Request, URL */
const VERSION = 'v1';
const PREFIX = 'sim-tpbis-';
const CACHE = `${PREFIX}shell-${VERSION}`;
const SHELL = [
  '/',
  '/index.html',
  '/manifest.webmanifest',
  '/icons/icon.svg',
  '/icons/icon-maskable.svg',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/icon-maskable-512.png',
  '/icons/apple-touch-icon.png',
];

/** The bundles index.html loads (script and stylesheet); lazy chunks are stored as they are first fetched. */
function assetsNamedIn(html) {
  const found = new Set();
  for (const match of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) found.add(match[1]);
  return [...found];
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `reload` skips the HTTP cache, so the shell is the one the server has now.
      await cache.addAll(SHELL.map((url) => new Request(url, { cache: 'reload' })));
      const page = await cache.match('/index.html');
      if (page) await cache.addAll(assetsNamedIn(await page.text()));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

async function pageNetworkFirst(request) {
  try {
    const response = await fetch(request);
    // Keep the newest page, so an offline start loads the bundles this version names.
    if (response.ok && !response.redirected && (response.headers.get('content-type') || '').includes('text/html')) {
      const cache = await caches.open(CACHE);
      await cache.put('/index.html', response.clone());
    }
    return response;
  } catch (error) {
    const cached = (await caches.match('/index.html', { cacheName: CACHE })) || (await caches.match('/', { cacheName: CACHE }));
    if (cached) return cached;
    throw error;
  }
}

async function assetCacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function shellNetworkFirst(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(request, { cacheName: CACHE });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The API is always live: sessions, reports, photos and PDFs are never served from a cache.
  if (url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') event.respondWith(pageNetworkFirst(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(assetCacheFirst(request));
  else if (SHELL.includes(url.pathname)) event.respondWith(shellNetworkFirst(request));
});
