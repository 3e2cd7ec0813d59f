import { useState, type ChangeEvent } from 'react';
import { acceptedPhotoTypes, photoLimits } from '#domain/photos';
import { asApiError, type ApiError } from '#web/api/client.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { uploadCourseImage } from '../api';
import { inputIdOf } from './model';
import '../messages.ts';

interface LessonImageProps {
  /** The saved course the picture belongs to; null while the course has never been saved. */
  courseId: number | null;
  /** The lesson's field path (`modules.0.lessons.1`), for the inputs' ids. */
  at: string;
  /** Puts the picture's Markdown into the lesson where the cursor was. */
  insert: (markdown: string) => void;
}

/** Markdown alt text may not hold brackets or line breaks; everything else is the author's words. */
const altText = (text: string) => text.replace(/[[\]\n\r]+/g, ' ').trim();

/**
 * A lesson picture: picked on the device, sent through the photo checks (the server decodes,
 * re-encodes and strips it), then written into the lesson as `![description](url)`.
 */
export function LessonImage({ courseId, at, insert }: LessonImageProps) {
  const { t } = useLanguage();
  const [alt, setAlt] = useState('');
  const [percent, setPercent] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [inserted, setInserted] = useState(false);
  const fileId = `${inputIdOf(at)}-image`;

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || courseId === null) return;
    setRefusal(null);
    setError(null);
    setInserted(false);
    // Some phones give a HEIC photo no type at all: only a declared non-image is refused here; the server reads the content.
    if (file.type !== '' && !file.type.startsWith('image/')) return setRefusal(t('elisStaff.image.notImage', { name: file.name }));
    if (file.size > photoLimits.bytes) return setRefusal(t('elisStaff.image.tooLarge', { name: file.name }));
    setPercent(0);
    try {
      const photo = await uploadCourseImage(courseId, file, { onProgress: (share) => setPercent(Math.round(share * 100)) });
      const description = altText(alt) || altText(file.name.replace(/\.[^.]+$/, '')) || t('elisStaff.image.defaultAlt');
      insert(`![${description}](${photo.url})`);
      setAlt('');
      setInserted(true);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setPercent(null);
    }
  };

  return (
    <fieldset className="lesson-image">
      <legend>{t('elisStaff.image.legend')}</legend>
      {courseId === null ? (
        <p className="field__hint">{t('elisStaff.image.saveFirst')}</p>
      ) : (
        <>
          <Field id={`${inputIdOf(at)}-alt`} label={t('elisStaff.image.alt')} hint={t('elisStaff.image.altHint')} optional>
            {(control) => <input {...control} value={alt} onChange={(e) => setAlt(e.target.value)} />}
          </Field>
          <p className="field__hint">{t('elisStaff.image.hint')}</p>
          <span className="file-pick">
            <input
              id={fileId}
              type="file"
              accept={acceptedPhotoTypes.join(',')}
              disabled={percent !== null}
              onChange={(e) => void onPick(e)}
            />
            <label htmlFor={fileId} className="button button--secondary">
              {t('elisStaff.image.pick')}
            </label>
          </span>
          <div aria-live="polite">
            {percent !== null && (
              <p>
                {t('elisStaff.image.uploading', { percent })}{' '}
                <progress max={100} value={percent}>
                  {percent}%
                </progress>
              </p>
            )}
            {inserted && <p className="notice notice--success">{t('elisStaff.image.inserted')}</p>}
          </div>
          {refusal && (
            <p className="field__error" role="alert">
              {refusal}
            </p>
          )}
          {error && <ErrorNotice error={error} />}
        </>
      )}
    </fieldset>
  );
}
