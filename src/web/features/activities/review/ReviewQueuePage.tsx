import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ActivitySummary } from '#domain/activities';
import { ApiError } from '#web/api/client.ts';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { bulkVerify, returnActivity, reviewQueueQuery, verifyActivity, type ActivityFilters } from '#web/features/activities/api.ts';
import { ActivityFiltersForm } from '#web/features/activities/list/ActivityFiltersForm.tsx';
import { filtersFrom, pageFrom, paramsFor } from '#web/features/activities/list/filters.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { describeIssue } from '#web/i18n/errors.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { Pager } from '#web/shell/Pager.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { ReviewItem } from './ReviewItem';
import '#web/i18n/pages.ts';

const pageSize = 50;

/** The server names each activity a bulk verify refused as `ids.N`; the reviewer knows them by title. */
function refusedTitles(error: ApiError, ids: number[], items: ActivitySummary[], describe: (e: ApiError['details'][number]) => string) {
  return error.details.flatMap((issue) => {
    const index = Number(issue.field.split('.')[1]);
    const item = items.find((a) => a.id === ids[index]);
    return item ? [`${item.title}: ${describe(issue)}`] : [];
  });
}

/** Submitted reports in the reviewer's area, oldest first: verify several at once, or return one with what to fix. */
export function ReviewQueuePage() {
  const { t, dictionary, locale } = useLanguage();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => {
    const { status: _status, ...rest } = filtersFrom(new URLSearchParams(key));
    return rest;
  }, [key]);
  const page = pageFrom(params);
  usePageTitle(t('review.title'));

  const queue = useApiQuery(reviewQueueQuery(filters, page, pageSize));
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const sending = useSubmit();
  const { busy, error } = sending;
  const [refused, setRefused] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const items = queue.state === 'ready' ? queue.data.items : [];

  const apply = (next: ActivityFilters, nextPage = 1) => {
    setSelected(new Set());
    setParams(paramsFor(next, nextPage));
  };

  /** Runs one decision; the answer is its failure, or null when it went through. */
  const act = async (action: () => Promise<string>): Promise<ApiError | null> => {
    setRefused([]);
    setDone(null);
    const sent = await sending.run(action);
    if (!sent.ok) return sent.error;
    setDone(sent.value);
    setSelected(new Set());
    queue.reload();
    return null;
  };

  const verifySelected = async () => {
    const ids = [...selected];
    const failure = await act(async () => {
      const { verified } = await bulkVerify(ids);
      return t('review.verifiedMany', { count: verified.length });
    });
    // All or nothing: say which ones held the rest back, by title rather than by position.
    if (failure && failure.details.length > 0) {
      setRefused(refusedTitles(failure, ids, items, (issue) => describeIssue(issue, dictionary).message));
      sending.setError(new ApiError(failure.code, failure.status, failure.message));
    }
  };

  const toggle = (id: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const allSelected = items.length > 0 && items.every((a) => selected.has(a.id));
  return (
    <>
      <h1 tabIndex={-1}>{t('review.title')}</h1>
      <p className="lead">{t('review.intro')}</p>
      <ActivityFiltersForm value={filters} onApply={apply} withStatus={false} withPartner idPrefix="review-filter" />
      <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
        {done ?? ''}
      </p>
      {error && <ErrorNotice error={error} />}
      {refused.length > 0 && (
        <ul className="notice notice--error">
          {refused.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {queue.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {queue.state === 'failed' && <ErrorNotice error={queue.error} onRetry={queue.reload} />}
      {queue.state === 'ready' && (
        <>
          <p className="lead">{t('review.count', { count: queue.data.total.toLocaleString(locale) })}</p>
          {items.length === 0 ? (
            <p>{t('review.empty')}</p>
          ) : (
            <>
              <div className="review-bar">
                <div className="checkbox">
                  <input
                    id="review-select-all"
                    type="checkbox"
                    checked={allSelected}
                    onChange={(e) => setSelected(e.target.checked ? new Set(items.map((a) => a.id)) : new Set())}
                  />
                  <label htmlFor="review-select-all">{t('review.selectAll', { count: items.length })}</label>
                </div>
                <button type="button" className="button" disabled={busy || selected.size === 0} onClick={() => void verifySelected()}>
                  {t('review.verifySelected', { count: selected.size })}
                </button>
              </div>
              <ul className="review-list" aria-label={t('review.listLabel')}>
                {items.map((a) => (
                  <ReviewItem
                    key={a.id}
                    activity={a}
                    selected={selected.has(a.id)}
                    onSelect={(on) => toggle(a.id, on)}
                    busy={busy}
                    onVerify={() =>
                      void act(async () => {
                        await verifyActivity(a.id);
                        return t('review.verifiedOne', { title: a.title });
                      })
                    }
                    onReturn={async (comment) =>
                      (await act(async () => {
                        await returnActivity(a.id, comment);
                        return t('review.returnedOne', { title: a.title });
                      })) === null
                    }
                  />
                ))}
              </ul>
            </>
          )}
          <Pager page={page} total={queue.data.total} pageSize={pageSize} label={t('review.pages')} onPage={(p) => apply(filters, p)} />
        </>
      )}
    </>
  );
}
