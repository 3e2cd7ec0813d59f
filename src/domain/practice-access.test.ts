import { describe, expect, it } from 'vitest';
import { isWithinRegion } from './regions';
import type { Actor } from './permissions';
import {
  allowedPracticeOperations,
  inPracticeCircle,
  mayWritePracticeFor,
  practiceCircle,
  practiceRefusal,
  practiceVisible,
  seesPracticeTrail,
  type PracticeCircle,
  type PracticeScoped,
} from './practice-access';
import type { PracticeStatus } from './practices';

const pusat: Actor = { id: 1, role: 'admin_pusat', regionCode: null };
const babel: Actor = { id: 1, role: 'admin_provinsi', regionCode: '19' };
const jakarta: Actor = { id: 1, role: 'admin_provinsi', regionCode: '31' };
const yulianti: Actor = { id: 1, role: 'fasilitator', regionCode: '19.05' };
const belitungTimur: Actor = { id: 1, role: 'fasilitator', regionCode: '19.06' };
const karolina: Actor = { id: 1, role: 'konsultan', regionCode: '19' };
const puput: Actor = { id: 1, role: 'pengelola', partnerId: 7 };
const cendil: Actor = { id: 1, role: 'pengelola', partnerId: 3 };

const puputStory = (status: PracticeStatus, featured = false): PracticeScoped => ({
  regionCode: '19.05.06.2005',
  partnerId: 7,
  status,
  featured,
});
const writing = ['edit', 'delete', 'submit', 'comment', 'addPhoto', 'removePhoto'];

describe('a story while it is written and reviewed', () => {
  it('its library’s managers write it while a draft or returned, and may only comment while it is reviewed', () => {
    expect(allowedPracticeOperations(puput, puputStory('draft'))).toEqual(writing);
    expect(allowedPracticeOperations(puput, puputStory('returned'))).toEqual(writing);
    expect(allowedPracticeOperations(puput, puputStory('submitted'))).toEqual(['comment']);
    expect(practiceRefusal(puput, puputStory('submitted'), 'edit')).toBe('wrong_status');
    expect(practiceRefusal(puput, puputStory('submitted'), 'publish')).toBe('not_allowed');
  });

  it('a facilitator in scope publishes or returns a submitted story, and writes none', () => {
    expect(allowedPracticeOperations(yulianti, puputStory('submitted'))).toEqual(['publish', 'return', 'comment']);
    expect(allowedPracticeOperations(yulianti, puputStory('draft'))).toEqual(['comment']);
    expect(practiceRefusal(yulianti, puputStory('draft'), 'edit')).toBe('not_allowed');
    expect(practiceRefusal(yulianti, puputStory('published'), 'feature')).toBe('not_allowed');
  });

  it('is not there for anyone outside its circle: another library, another regency, a consultant, another province', () => {
    for (const stranger of [cendil, belitungTimur, karolina, jakarta]) {
      for (const status of ['draft', 'submitted', 'returned'] as const) {
        expect(practiceVisible(stranger, puputStory(status))).toBe(false);
        expect(practiceRefusal(stranger, puputStory(status), 'publish')).toBe('not_visible');
      }
    }
    for (const insider of [puput, yulianti, babel, pusat]) expect(practiceVisible(insider, puputStory('draft'))).toBe(true);
  });
});

describe('a published story', () => {
  it('is read across the country, but changed and discussed only in scope', () => {
    for (const reader of [cendil, belitungTimur, karolina, jakarta]) expect(practiceVisible(reader, puputStory('published'))).toBe(true);
    expect(allowedPracticeOperations(cendil, puputStory('published'))).toEqual([]);
    expect(practiceRefusal(cendil, puputStory('published'), 'comment')).toBe('out_of_scope');
    expect(practiceRefusal(belitungTimur, puputStory('published'), 'publish')).toBe('out_of_scope');
    expect(allowedPracticeOperations(karolina, puputStory('published'))).toEqual(['comment']);
    expect(allowedPracticeOperations(puput, puputStory('published'))).toEqual(['comment']);
  });

  it('is featured by a provincial or national admin in scope, and unfeatured once featured', () => {
    expect(allowedPracticeOperations(babel, puputStory('published'))).toEqual(['feature', 'comment']);
    expect(allowedPracticeOperations(babel, puputStory('published', true))).toEqual(['unfeature', 'comment']);
    expect(allowedPracticeOperations(pusat, puputStory('published'))).toEqual(['feature', 'comment']);
    expect(practiceRefusal(jakarta, puputStory('published'), 'feature')).toBe('out_of_scope');
    expect(practiceRefusal(babel, puputStory('submitted'), 'feature')).toBe('wrong_status');
  });

  it('keeps its trail in its region: a reader elsewhere sees the story, not the review', () => {
    expect(seesPracticeTrail(karolina, puputStory('published'))).toBe(true);
    expect(seesPracticeTrail(puput, puputStory('published'))).toBe(true);
    expect(seesPracticeTrail(cendil, puputStory('published'))).toBe(false);
    expect(seesPracticeTrail(jakarta, puputStory('published'))).toBe(false);
  });
});

describe('writing a new story', () => {
  const puputLibrary = { id: 7, regionCode: '19.05.06.2005' };
  it('is for a library’s own manager and the admins in scope', () => {
    expect([puput, babel, pusat].map((a) => mayWritePracticeFor(a, puputLibrary))).toEqual([true, true, true]);
    expect([cendil, jakarta, yulianti, karolina].map((a) => mayWritePracticeFor(a, puputLibrary))).toEqual([false, false, false, false]);
  });
});

describe('the circle as a list filter', () => {
  const matches = (circle: PracticeCircle, story: PracticeScoped) => {
    switch (circle.kind) {
      case 'none':
        return false;
      case 'everywhere':
        return true;
      case 'partner':
        return story.partnerId === circle.partnerId;
      case 'region':
        return isWithinRegion(story.regionCode, circle.regionCode);
    }
  };
  const stories: PracticeScoped[] = [
    puputStory('draft'),
    { regionCode: '19.06.04.2003', partnerId: 3, status: 'draft', featured: false },
    { regionCode: '31.71.01.1001', partnerId: 9, status: 'submitted', featured: false },
    { regionCode: '19.05', partnerId: 11, status: 'returned', featured: false },
  ];
  it('holds exactly the unpublished stories each actor sees one by one', () => {
    for (const a of [pusat, babel, jakarta, yulianti, belitungTimur, karolina, puput, cendil]) {
      for (const story of stories)
        expect(matches(practiceCircle(a), story), `${a.role} ${story.regionCode}`).toBe(inPracticeCircle(a, story));
    }
  });
});
