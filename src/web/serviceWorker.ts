/**
 * Registers public/sw.js, which lets the installed app open without a connection. Only in a
 * production build: in `vite dev` a cached shell would hide the code being edited.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    // No service worker (a private window, an old browser) only means no offline start.
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
