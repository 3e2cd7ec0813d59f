import { Link } from 'react-router-dom';
import { formatDate } from '#domain/calendar';
import { lookup } from '#web/i18n/messages.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { useOutbox } from './OutboxProvider';

/** Reports kept on this device: "menunggu dikirim" until the server has them, and what became of the last ones sent. */
export function OutboxPanel() {
  const { t, locale, dictionary } = useLanguage();
  const { entries, outcomes, sending, sendNow, remove } = useOutbox();
  if (entries.length === 0 && outcomes.length === 0) return null;
  return (
    <section className="card outbox" aria-labelledby="outbox-title">
      {/* Once everything is sent, "waiting (0)" would read as if something were still stuck. */}
      <h2 id="outbox-title">{entries.length > 0 ? t('outbox.title', { count: entries.length }) : t('outbox.titleSent')}</h2>
      {outcomes.length > 0 && (
        <ul className="outbox__outcomes" role="status">
          {outcomes.map((o) => (
            <li key={o.clientId}>
              {t(`outbox.result.${o.result}`, { title: o.title })}
              {o.activityId !== undefined && (
                <>
                  {' '}
                  <Link to={`/kegiatan/${o.activityId}`}>{t('outbox.open')}</Link>
                </>
              )}
              {o.refusedPhotos?.map((p) => (
                <p key={p.name} className="field__error">
                  {p.reason === 'lost'
                    ? t('outbox.photoLost', { name: p.name })
                    : t('outbox.photoRefused', { name: p.name, reason: lookup(dictionary, `error.${p.reason}`) ?? p.reason })}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
      {entries.length > 0 && (
        <>
          <p>{t('outbox.text')}</p>
          <ul className="outbox__list">
            {entries.map((e) => (
              <li key={e.body.clientId} className="outbox__item">
                <span className="outbox__title">{e.body.title}</span>
                <span className="outbox__meta">
                  {formatDate(e.body.date, locale)} · {t(`strategy.${e.body.strategy}`)}
                </span>
                {e.refusal === undefined ? (
                  <span className="status-badge status-badge--waiting">{t('outbox.waiting')}</span>
                ) : (
                  <>
                    <span className="field__error">
                      {t('outbox.refused', { reason: lookup(dictionary, `error.${e.refusal}`) ?? e.refusal })}
                    </span>
                    <button type="button" className="button button--quiet" onClick={() => remove(e.body.clientId)}>
                      {t('outbox.discard')}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
          <button type="button" className="button button--secondary" disabled={sending} onClick={() => void sendNow()}>
            {sending ? t('outbox.sending') : t('outbox.sendNow')}
          </button>
        </>
      )}
    </section>
  );
}
