import sharp from 'sharp';
import { photoLimits } from '#domain/photos';
import { ApiError } from '#server/http/errors';

/** Formats phones and cameras produce. SVG, GIF and TIFF are refused: SVG can carry script, the others are never evidence photos. */
const acceptedFormats = new Set(['jpeg', 'png', 'webp', 'heif']);

/** A decompression bomb (a small file of a huge picture) is refused before it is decoded: 50 megapixels is above any phone. */
const limitInputPixels = 50_000_000;

export interface ProcessedPhoto {
  full: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
}

const notAPhoto = (message = 'this file is not a photo: send a JPEG, PNG, WebP or HEIC image') =>
  new ApiError('unsupported_media', message, [{ field: 'photo', issue: 'not_an_image', message }]);

/**
 * Reads the bytes as an image (whatever the file is called), turns it upright, shrinks it and
 * re-encodes it as JPEG. Re-encoding drops every metadata block, EXIF and its GPS position included,
 * and anything hidden after the image data. JPEG because the PDF report (pdfkit) embeds only JPEG and PNG.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto> {
  let format: string | undefined;
  try {
    format = (await sharp(input, { limitInputPixels }).metadata()).format;
  } catch {
    throw notAPhoto();
  }
  if (format === undefined || !acceptedFormats.has(format)) throw notAPhoto();
  try {
    const upright = sharp(input, { limitInputPixels }).rotate();
    const fit = (edge: number) => ({ width: edge, height: edge, fit: 'inside' as const, withoutEnlargement: true });
    const full = await upright
      .clone()
      .resize(fit(photoLimits.longestEdge))
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const thumbnail = await upright.clone().resize(fit(photoLimits.thumbnailEdge)).jpeg({ quality: 70, mozjpeg: true }).toBuffer();
    return { full: full.data, thumbnail, width: full.info.width, height: full.info.height };
  } catch {
    // A truncated file, or a HEIC whose codec this server's image library lacks.
    throw notAPhoto(
      format === 'heif'
        ? 'this HEIC photo cannot be read here: set the camera to "Most compatible" (JPEG) or send a JPEG'
        : 'this image is damaged or incomplete; take or export it again',
    );
  }
}
