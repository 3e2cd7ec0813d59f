import { lazy, Suspense, type ComponentType } from 'react';

const NoBell: ComponentType = () => null;

// The bell comes in its own small chunk just after the first screen: the first visit's budget
// (150 kB gzip) has no room for it. Offline, before the chunk was ever fetched, there is simply no bell.
const NotificationBell = lazy(() =>
  import('#web/features/notifications/NotificationBell.tsx').then(
    (m): { default: ComponentType } => ({ default: m.NotificationBell }),
    () => ({ default: NoBell }),
  ),
);

/** The notification bell of the header, in a slot that stays empty until it has loaded. */
export function LazyBell() {
  return (
    <Suspense fallback={<span className="bell" aria-hidden="true" />}>
      <NotificationBell />
    </Suspense>
  );
}
