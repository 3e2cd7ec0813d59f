import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Problem } from '#domain/problems';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';
import { useFlash } from '#web/shell/useFlash.ts';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { problemQuery } from '../api';
import { ProblemStatusBadge } from '../ProblemStatusBadge';
import { FollowUpActions } from './FollowUpActions';
import { ProblemEdit } from './ProblemEdit';
import { ProblemFacts } from './ProblemFacts';
import { ProblemGatherings } from './ProblemGatherings';
import { ProblemStatusActions, type StatusDone } from './ProblemStatusActions';
import { ProblemThread } from './ProblemThread';
import { ProblemTrail } from './ProblemTrail';
import '../messages.ts';

export type ProblemNotice = 'raised' | 'edited' | StatusDone;
/** Handed over by the raise form with the navigation to the new problem. */
export interface ProblemFlash {
  notice: ProblemNotice;
}

/** /kendala/:id: one problem in full: what it is, where it stands and the moves allowed now, its follow-up, the thread, the gatherings and the trail. */
export function ProblemPage() {
  const t = useT();
  const id = idFromParam(useParams().id);
  const query = problemQuery(id);
  const loaded = useApiQuery(query);
  const client = useQueryClient();
  const flash = useFlash((state) => (state as Partial<ProblemFlash> | null)?.notice ?? null);
  const [notice, setNotice] = useState<ProblemNotice | null>(flash);

  const problem = loaded.state === 'ready' ? loaded.data : null;
  usePageTitle(problem?.title ?? t('problem.title'));

  // A move answers with the problem as it now is; showing that avoids a reload that would lose the focus.
  const onMoved = (next: Problem, done: StatusDone) => {
    client.setQueryData(query.queryKey, next);
    setNotice(done);
  };
  const refresh = () => client.refetchQueries({ queryKey: query.queryKey, exact: true });

  if (!problem) {
    return (
      <>
        <h1 tabIndex={-1}>{t('problem.title')}</h1>
        {loaded.state === 'loading' && <p role="status">{t('app.loading')}</p>}
        {loaded.state === 'failed' && (
          <ErrorNotice
            error={loaded.error}
            overrides={{ not_found: t('problem.notFound') }}
            onRetry={loaded.error.code === 'not_found' ? undefined : loaded.reload}
          />
        )}
      </>
    );
  }

  return (
    <>
      <p className="back-link">
        <Link to="/kendala">{t('problem.backToList')}</Link>
      </p>
      <h1 tabIndex={-1}>{problem.title}</h1>
      <p className="activity-head problem-head">
        <ProblemStatusBadge status={problem.status} />
        <span>{t(`problemCategory.${problem.category}`)}</span>
        <Link to={`/mitra/${problem.partnerId}`}>{problem.partnerName}</Link>
      </p>
      <p role="status" className={notice ? 'notice notice--success' : 'visually-hidden'}>
        {notice ? t(`problem.done.${notice}`) : ''}
      </p>
      <ProblemStatusActions key={`${problem.id}:${problem.status}`} problem={problem} onMoved={onMoved} />
      <div className="activity-layout">
        <div>
          <ProblemFacts problem={problem} />
          <ProblemEdit
            key={problem.updatedAt}
            problem={problem}
            onSaved={(next) => {
              client.setQueryData(query.queryKey, next);
              setNotice('edited');
            }}
          />
          <FollowUpActions problem={problem} onChanged={refresh} />
          <ProblemThread problem={problem} onCommented={refresh} />
          <ProblemGatherings ids={problem.gatheringIds} />
        </div>
        <ProblemTrail problem={problem} />
      </div>
    </>
  );
}
