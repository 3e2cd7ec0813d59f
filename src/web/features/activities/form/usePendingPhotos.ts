import { useCallback, useEffect, useRef, useState } from 'react';
import { photoLimits } from '#domain/photos';
import { type ApiError, asApiError, type UploadOptions } from '#web/api/client.ts';
import { uploadPhoto } from '#web/features/activities/api.ts';

/** Sends one photo of the owner (an activity, a story) with its progress. */
export type PhotoSender = (ownerId: number, file: Blob, options: UploadOptions) => Promise<unknown>;

let nextKey = 0;

/** `failed`: the connection broke, sending again may work; `refused`: the server will not take it (not an image), it is not sent again. */
export type PendingState = 'waiting' | 'uploading' | 'done' | 'failed' | 'refused';

/** A photo picked on the device, shown from memory until the server has it. */
export interface PendingPhoto {
  key: string;
  file: File;
  preview: string;
  state: PendingState;
  /** Share sent, 0–1. */
  progress: number;
  error: ApiError | null;
}

/** Why a picked file was not taken, before anything is sent. */
export type PickRefusal = { name: string; reason: 'not_image' | 'too_large' | 'too_many' };

/**
 * Photos picked for an activity (or another owner: `send` uploads them) that may not exist yet:
 * previews at once, uploads after the owner is saved, one at a time (a village connection shared
 * by five uploads helps none of them).
 */
export function usePendingPhotos(alreadyStored: number, send: PhotoSender = uploadPhoto) {
  const [photos, setPhotos] = useState<PendingPhoto[]>([]);
  const current = useRef(photos);
  current.current = photos;

  // Previews hold the picture in memory until they are let go.
  useEffect(() => () => current.current.forEach((p) => URL.revokeObjectURL(p.preview)), []);

  const patch = useCallback((key: string, change: Partial<PendingPhoto>) => {
    setPhotos((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));
  }, []);

  const add = useCallback(
    (files: File[]): PickRefusal[] => {
      const refusals: PickRefusal[] = [];
      const taken: PendingPhoto[] = [];
      let room =
        photoLimits.perActivity - alreadyStored - current.current.filter((p) => p.state !== 'done' && p.state !== 'refused').length;
      for (const file of files) {
        // Some phones give a HEIC photo no type at all: only a declared non-image is refused here; the server reads the content.
        if (file.type !== '' && !file.type.startsWith('image/')) refusals.push({ name: file.name, reason: 'not_image' });
        else if (file.size > photoLimits.bytes) refusals.push({ name: file.name, reason: 'too_large' });
        else if (room <= 0) refusals.push({ name: file.name, reason: 'too_many' });
        else {
          room -= 1;
          taken.push({
            key: `photo-${(nextKey += 1)}`,
            file,
            preview: URL.createObjectURL(file),
            state: 'waiting',
            progress: 0,
            error: null,
          });
        }
      }
      setPhotos((list) => [...list, ...taken]);
      return refusals;
    },
    [alreadyStored],
  );

  const remove = useCallback((key: string) => {
    const photo = current.current.find((p) => p.key === key);
    if (photo) URL.revokeObjectURL(photo.preview);
    setPhotos((list) => list.filter((p) => p.key !== key));
  }, []);

  /**
   * Uploads every photo not yet stored and not refused before. A lost connection stops at once
   * and is returned; a photo the server refuses is marked and the rest still go, the refusal returned.
   */
  const uploadAll = useCallback(
    async (activityId: number): Promise<ApiError | null> => {
      let refusal: ApiError | null = null;
      for (const photo of current.current) {
        if (photo.state === 'done' || photo.state === 'refused') continue;
        patch(photo.key, { state: 'uploading', progress: 0, error: null });
        try {
          await send(activityId, photo.file, { onProgress: (progress) => patch(photo.key, { progress }) });
          patch(photo.key, { state: 'done', progress: 1 });
        } catch (error) {
          const failure = asApiError(error);
          if (failure.code === 'network') {
            patch(photo.key, { state: 'failed', error: failure });
            return failure;
          }
          patch(photo.key, { state: 'refused', error: failure });
          refusal ??= failure;
        }
      }
      return refusal;
    },
    [patch, send],
  );

  /** Photos still to send (a refused one will not be): what the outbox keeps when the connection is gone. */
  const waiting = photos.filter((p) => p.state !== 'done' && p.state !== 'refused');
  return { photos, waiting, add, remove, uploadAll };
}
