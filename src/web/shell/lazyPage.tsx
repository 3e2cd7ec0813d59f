import { Component, lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { ApiError } from '#web/api/client.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';

/** A page's code could not be fetched: no connection, or a newer deploy removed the old chunk. */
class PageCodeMissing extends Error {
  override readonly name = 'PageCodeMissing';
}

function PageLoading() {
  const t = useT();
  return <p role="status">{t('app.loading')}</p>;
}

function PageCodeFailed() {
  // Offline the installed app only has the chunks it has already used; a reload also picks up a new deploy.
  const error = navigator.onLine
    ? new ApiError('unexpected', 0, 'the page could not be loaded')
    : new ApiError('network', 0, 'no connection');
  return <ErrorNotice error={error} onRetry={() => window.location.reload()} />;
}

/** Catches only a failed chunk; any other error goes on to the boundaries above. */
class PageCodeBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  override render() {
    if (this.state.error === null) return this.props.children;
    if (this.state.error instanceof PageCodeMissing) return <PageCodeFailed />;
    throw this.state.error;
  }
}

/**
 * While the page loaded, focus went to <main> (useFocusOnNavigate found no heading yet);
 * once it is there, move focus on to its heading as for any other page.
 */
function FocusHeadingOnArrival() {
  useEffect(() => {
    if (document.activeElement !== document.getElementById('main')) return;
    document.querySelector<HTMLElement>('#main h1')?.focus();
  }, []);
  return null;
}

/**
 * A page whose code is fetched the first time it is shown, so the first visit (login, home,
 * report form) downloads only what it needs. It says it is loading meanwhile, and offers a
 * retry when its code cannot be fetched.
 */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  const Page = lazy(() =>
    load().then(
      (page) => ({ default: page }),
      (error: unknown) => {
        throw new PageCodeMissing('page code could not be loaded', { cause: error });
      },
    ),
  );
  return function LazyPage() {
    return (
      <PageCodeBoundary>
        <Suspense fallback={<PageLoading />}>
          <Page />
          <FocusHeadingOnArrival />
        </Suspense>
      </PageCodeBoundary>
    );
  };
}
