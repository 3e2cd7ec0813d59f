import { useState, type ChangeEvent } from 'react';
import type { ActivityPhoto } from '#domain/activities';
import { photoLimits } from '#domain/photos';
import { describeError } from '#web/i18n/errors.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import type { PendingPhoto, PickRefusal, usePendingPhotos } from './usePendingPhotos';

interface PhotoPickerProps {
  pending: ReturnType<typeof usePendingPhotos>;
  stored: ActivityPhoto[];
  /** Absent when the stored photos may not be removed (the activity is not the reporter's to change). */
  onRemoveStored?: ((photo: ActivityPhoto) => void) | undefined;
  disabled: boolean;
  /** What the photos are of, for an owner other than an activity (a story): the legend, the hint and the limit's wording. */
  words?: PhotoWords | undefined;
}

export interface PhotoWords {
  legend: string;
  hint: string;
  tooMany: string;
}

/**
 * Evidence photos: the phone's camera opens straight away ("Ambil foto"), or a picture already
 * taken is picked from the gallery. Each shows at once; it is sent when the report is saved.
 */
export function PhotoPicker({ pending, stored, onRemoveStored, disabled, words }: PhotoPickerProps) {
  const { t } = useLanguage();
  const [refusals, setRefusals] = useState<PickRefusal[]>([]);
  const count = stored.length + pending.waiting.length;
  const full = count >= photoLimits.perActivity;

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Cleared so picking the same file again still fires a change.
    event.target.value = '';
    setRefusals(pending.add(files));
  };

  const refusalText = (r: PickRefusal) =>
    r.reason === 'not_image'
      ? t('activityForm.photoNotImage', { name: r.name })
      : r.reason === 'too_large'
        ? t('activityForm.photoTooLarge', { name: r.name })
        : (words?.tooMany ?? t('activityForm.photoTooMany', { count: photoLimits.perActivity }));

  return (
    <fieldset className="photos" id="activity-photos" tabIndex={-1}>
      <legend>
        {words?.legend ?? t('activityForm.photos')} <span className="field__optional">{t('form.optional')}</span>
      </legend>
      <p className="field__hint">{words?.hint ?? t('activityForm.photosHint', { count: photoLimits.perActivity })}</p>
      {refusals.length > 0 && (
        <ul className="field__error photos__refusals" role="alert">
          {refusals.map((r) => (
            <li key={`${r.name}:${r.reason}`}>{refusalText(r)}</li>
          ))}
        </ul>
      )}
      {(stored.length > 0 || pending.photos.length > 0) && (
        <ul className="photo-grid">
          {stored.map((photo, index) => (
            <li key={`stored-${photo.id}`} className="photo-tile">
              <img src={photo.thumbnailUrl} alt={t('activityForm.photoAlt', { number: index + 1 })} />
              {onRemoveStored && (
                <button type="button" className="photo-tile__remove" disabled={disabled} onClick={() => onRemoveStored(photo)}>
                  {t('activityForm.removePhoto', { number: index + 1 })}
                </button>
              )}
            </li>
          ))}
          {pending.photos.map((photo, index) => (
            <PendingTile
              key={photo.key}
              photo={photo}
              number={stored.length + index + 1}
              disabled={disabled}
              onRemove={() => pending.remove(photo.key)}
            />
          ))}
        </ul>
      )}
      {!full && (
        <div className="photos__pick">
          <span className="file-pick">
            <input id="activity-photo-camera" type="file" accept="image/*" capture="environment" disabled={disabled} onChange={onPick} />
            <label htmlFor="activity-photo-camera" className="button button--secondary">
              {t('activityForm.takePhoto')}
            </label>
          </span>
          <span className="file-pick">
            <input id="activity-photo-gallery" type="file" accept="image/*" multiple disabled={disabled} onChange={onPick} />
            <label htmlFor="activity-photo-gallery" className="button button--quiet">
              {t('activityForm.pickPhoto')}
            </label>
          </span>
        </div>
      )}
    </fieldset>
  );
}

function PendingTile({
  photo,
  number,
  disabled,
  onRemove,
}: {
  photo: PendingPhoto;
  number: number;
  disabled: boolean;
  onRemove: () => void;
}) {
  const { t, dictionary } = useLanguage();
  const percent = Math.round(photo.progress * 100);
  const failure = photo.error ? describeError(photo.error, dictionary) : null;
  const state =
    photo.state === 'uploading'
      ? t('activityForm.photoUploading', { percent })
      : photo.state === 'done'
        ? t('activityForm.photoDone')
        : (photo.state === 'failed' || photo.state === 'refused') && failure
          ? `${t('activityForm.photoFailed')} ${failure.issues[0]?.message ?? failure.summary}`
          : t('activityForm.photoWaiting');
  return (
    <li className={`photo-tile photo-tile--${photo.state}`}>
      <img src={photo.preview} alt={t('activityForm.photoAlt', { number })} />
      <span className="photo-tile__state" aria-live="polite">
        {state}
      </span>
      {photo.state === 'uploading' && (
        <progress max={100} value={percent} aria-label={t('activityForm.photoProgress', { number })}>
          {percent}%
        </progress>
      )}
      {photo.state !== 'done' && photo.state !== 'uploading' && (
        <button type="button" className="photo-tile__remove" disabled={disabled} onClick={onRemove}>
          {t('activityForm.removePhoto', { number })}
        </button>
      )}
    </li>
  );
}
