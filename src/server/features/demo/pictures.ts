import sharp from 'sharp';

/**
 * Turns a demo picture (SVG the plan drew) into the JPEG a phone would send. The photo service
 * then checks and re-encodes it like any upload; it refuses SVG itself, as it should.
 */
export function renderDemoPicture(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
}

/** Every picture of every story, drawn at once (outside the seed's transaction), in the plan's order. */
export function renderDemoPictures(stories: readonly { pictures: readonly string[] }[]): Promise<Buffer[][]> {
  return Promise.all(stories.map((story) => Promise.all(story.pictures.map(renderDemoPicture))));
}
