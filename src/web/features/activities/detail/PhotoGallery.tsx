import { useRef, useState } from 'react';
import type { ActivityPhoto } from '#domain/activities';
import { useT } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

/** Thumbnails; one tap shows the photo large in a dialog (Escape or the button closes it). */
export function PhotoGallery({ photos, title }: { photos: ActivityPhoto[]; title: string }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [shown, setShown] = useState<{ photo: ActivityPhoto; number: number } | null>(null);

  const open = (photo: ActivityPhoto, number: number) => {
    setShown({ photo, number });
    dialog.current?.showModal();
  };

  return (
    <section aria-labelledby="activity-photos-title">
      <h2 id="activity-photos-title">{t('activity.photos', { count: photos.length })}</h2>
      {photos.length === 0 ? (
        <p>{t('activity.noPhotos')}</p>
      ) : (
        <ul className="photo-grid">
          {photos.map((photo, index) => (
            <li key={photo.id} className="photo-tile">
              <button type="button" className="photo-tile__open" onClick={() => open(photo, index + 1)}>
                <img
                  src={photo.thumbnailUrl}
                  alt={t('activity.photoAlt', { number: index + 1, title })}
                  width={photo.width}
                  height={photo.height}
                  loading="lazy"
                />
              </button>
            </li>
          ))}
        </ul>
      )}
      <dialog
        ref={dialog}
        className="photo-dialog"
        aria-label={shown ? t('activity.photoAlt', { number: shown.number, title }) : undefined}
        onClose={() => setShown(null)}
      >
        {shown && (
          <>
            <img src={shown.photo.url} alt={t('activity.photoAlt', { number: shown.number, title })} />
            <div className="button-row">
              <a className="button button--secondary" href={shown.photo.url} target="_blank" rel="noopener">
                {t('activity.photoOriginal')}
              </a>
              <button type="button" className="button" onClick={() => dialog.current?.close()}>
                {t('activity.photoClose')}
              </button>
            </div>
          </>
        )}
      </dialog>
    </section>
  );
}
