import { z } from 'zod';

/**
 * Evidence photos. Phones take 3–12 MB pictures; the server keeps a re-encoded JPEG of at
 * most 1600 px (enough to read a banner, small enough for village connections) and a thumbnail.
 */
export const photoLimits = {
  perActivity: 5,
  bytes: 10 * 1024 * 1024,
  longestEdge: 1600,
  thumbnailEdge: 400,
} as const;

/** What the file picker offers; the server checks the content, not this list or the file name. */
export const acceptedPhotoTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'] as const;

/** The multipart field the photo travels in. */
export const photoField = 'photo';

/** A stored photo of any owner, served under its owner's path (`/api/activities/12/photos/3`). */
export const Photo = z.object({
  id: z.number().int(),
  /** The photo, re-encoded as JPEG of at most 1600 px; `?size=thumb` gives a 400 px thumbnail. */
  url: z.string(),
  thumbnailUrl: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  createdAt: z.string(),
});
export type Photo = z.infer<typeof Photo>;
