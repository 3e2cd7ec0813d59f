import { readFile } from 'node:fs/promises';
import { bookletLimit, type BookletQuery } from '#domain/practices';
import { Strategy } from '#domain/taxonomy';
import type { Db } from '#server/db/database';
import { invalidField } from '#server/http/errors';
import { coverPhotoFilesOf } from '#server/features/photos/service';
import { regionByCode, regionPathsOf } from '#server/features/regions/service';
import { practicesForPrint, type PracticeFilter } from './repository';

// The booklet of impact stories: published stories only, so it needs no scope beyond being
// signed in — every published story is already the whole country's to read.

export interface BookletStory {
  id: number;
  title: string;
  partnerName: string;
  /** The library's region from its own level up to the province: "Puput, Parittiga, Kabupaten Bangka Barat, …". */
  place: string;
  strategy: Strategy | null;
  summary: string;
  story: string;
  testimony: string | null;
  testimonyBy: string | null;
  publishedAt: string;
  /** The first photo, full size (JPEG), or null for a story without one. */
  photo: Buffer | null;
}

export interface Booklet {
  /** The region the booklet covers; null for the whole country or a hand-picked set. */
  regionName: string | null;
  from: string | null;
  to: string | null;
  featuredOnly: boolean;
  stories: BookletStory[];
}

/** Publication instants are UTC; a period's `to` day runs until the next day begins. */
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString();

async function readPhoto(path: string | undefined): Promise<Buffer | null> {
  if (!path) return null;
  try {
    return await readFile(path);
  } catch {
    // A photo file lost from the upload folder leaves the page without a picture rather than failing the booklet.
    return null;
  }
}

/**
 * The published stories a booklet compiles: those chosen (`ids`, printed in that order), or a
 * region's, published within the period, optionally only the featured ones (grouped by place).
 */
export async function bookletOf(db: Db, query: BookletQuery, uploadDir: string): Promise<Booklet> {
  const region = query.region === undefined ? null : await regionByCode(db, query.region);
  const filter: PracticeFilter = {
    circle: { kind: 'none' },
    status: 'published',
    withinRegion: query.region,
    featured: query.featured ? true : undefined,
    ids: query.ids,
    publishedFrom: query.from === undefined ? undefined : `${query.from}T00:00:00.000Z`,
    publishedBefore: query.to === undefined ? undefined : dayAfter(query.to),
  };
  let rows = await practicesForPrint(db, filter, bookletLimit + 1);
  if (rows.length > bookletLimit) {
    throw invalidField('ids', 'too_many', `a booklet holds at most ${bookletLimit} stories: choose them, or narrow the region or period`);
  }
  if (query.ids) {
    const found = new Map(rows.map((r) => [r.id, r]));
    const missing = query.ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw invalidField('ids', 'not_published', `stories ${missing.join(', ')} are not published stories of this region and period`);
    }
    rows = query.ids.map((id) => found.get(id)).filter((r) => r !== undefined);
  }
  const ids = rows.map((r) => r.id);
  const [files, paths] = await Promise.all([
    coverPhotoFilesOf(db, 'practice', ids, uploadDir),
    regionPathsOf(
      db,
      rows.map((r) => r.region_code),
    ),
  ]);
  const photos = await Promise.all(ids.map((id) => readPhoto(files.get(id))));
  return {
    regionName: region?.name ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    featuredOnly: query.featured === true,
    stories: rows.map((r, i) => ({
      id: r.id,
      title: r.title,
      partnerName: r.partner_name,
      place: (paths.get(r.region_code) ?? [])
        .map((step) => step.name)
        .reverse()
        .join(', '),
      strategy: r.strategy === null ? null : Strategy.parse(r.strategy),
      summary: r.summary,
      story: r.story,
      testimony: r.testimony,
      testimonyBy: r.testimony_by,
      publishedAt: r.published_at ?? r.updated_at,
      photo: photos[i] ?? null,
    })),
  };
}
