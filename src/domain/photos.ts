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
