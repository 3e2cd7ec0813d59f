/**
 * The one entry of the lazily loaded Elis chunk: the learner's routes, the public certificate
 * check, and the outbox's sender. The app's shell imports only this module, so its first visit
 * names one chunk for Elis instead of one per page (the first-visit budget has no room for more),
 * and a device that used Elis once has all of it, offline too.
 */
export { CourseRoutes } from './routes';
export { CertificatePage } from './certificate/CertificatePage';
export { sendWaiting } from './outbox/sender';
