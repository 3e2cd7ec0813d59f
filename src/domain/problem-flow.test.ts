import { describe, expect, it } from 'vitest';
import type { Actor } from './permissions';
import { allowedProblemOperations, mayRaiseFor, problemFlow, problemRefusal, transitionTo } from './problem-flow';
import { dueDateToday, isOverdue, type ProblemStatus } from './problems';

// Actors written out whole, as the session builds them from a stored user.
const babel = { id: 1, role: 'admin_provinsi', regionCode: '19', partnerId: null } as Actor;
const yulianti = { id: 2, role: 'fasilitator', regionCode: '19.05', partnerId: null } as Actor;
const cendilFacilitator = { id: 3, role: 'fasilitator', regionCode: '19.06', partnerId: null } as Actor;
const karolina = { id: 4, role: 'konsultan', regionCode: '19', partnerId: null } as Actor;
const puput = { id: 5, role: 'pengelola', regionCode: null, partnerId: 7 } as Actor;
const cendilManager = { id: 6, role: 'pengelola', regionCode: null, partnerId: 8 } as Actor;

const puputLibrary = { id: 7, regionCode: '19.05.06.2005' };
const cendilLibrary = { id: 8, regionCode: '19.06.04.2003' };
const puputProblem = (status: ProblemStatus) => ({ regionCode: puputLibrary.regionCode, partnerId: puputLibrary.id, status });

describe('who raises a problem', () => {
  it('a library’s manager for its own library only; staff for any library in scope; a konsultan never', () => {
    expect(mayRaiseFor(puput, puputLibrary)).toBe(true);
    expect(mayRaiseFor(puput, cendilLibrary)).toBe(false);
    expect(mayRaiseFor(yulianti, puputLibrary)).toBe(true);
    expect(mayRaiseFor(yulianti, cendilLibrary)).toBe(false);
    expect(mayRaiseFor(babel, cendilLibrary)).toBe(true);
    expect(mayRaiseFor(karolina, puputLibrary)).toBe(false);
  });
});

describe('working a problem through', () => {
  it('each status is reached by one move', () => {
    expect(transitionTo('ditangani')).toBe('handle');
    expect(transitionTo('selesai')).toBe('resolve');
    expect(transitionTo('ditutup')).toBe('close');
    expect(transitionTo('terbuka')).toBe('reopen');
  });

  it('staff in scope may take every move from where it leaves, and only then', () => {
    expect(allowedProblemOperations(yulianti, puputProblem('terbuka'))).toEqual([
      'edit',
      'comment',
      'addAction',
      'editAction',
      'handle',
      'resolve',
      'close',
    ]);
    expect(allowedProblemOperations(yulianti, puputProblem('ditangani'))).toEqual([
      'edit',
      'comment',
      'addAction',
      'editAction',
      'resolve',
      'close',
    ]);
    expect(allowedProblemOperations(babel, puputProblem('selesai'))).toEqual(['comment', 'reopen']);
    expect(allowedProblemOperations(babel, puputProblem('ditutup'))).toEqual(['comment', 'reopen']);
  });

  it('the library’s manager works on its own problem but neither closes nor reopens it', () => {
    expect(allowedProblemOperations(puput, puputProblem('terbuka'))).toEqual([
      'edit',
      'comment',
      'addAction',
      'editAction',
      'handle',
      'resolve',
    ]);
    expect(allowedProblemOperations(puput, puputProblem('selesai'))).toEqual(['comment']);
    expect(problemRefusal(puput, puputProblem('ditangani'), 'close')).toBe('not_allowed');
    expect(problemRefusal(puput, puputProblem('selesai'), 'reopen')).toBe('not_allowed');
  });

  it('a konsultan comments and changes nothing', () => {
    for (const status of problemFlow.states) expect(allowedProblemOperations(karolina, puputProblem(status))).toEqual(['comment']);
  });

  it('outside the scope a problem is not there, whatever else', () => {
    expect(problemRefusal(cendilManager, puputProblem('terbuka'), 'comment')).toBe('not_visible');
    expect(problemRefusal(cendilFacilitator, puputProblem('terbuka'), 'handle')).toBe('not_visible');
    expect(allowedProblemOperations(cendilManager, puputProblem('terbuka'))).toEqual([]);
  });

  it('a resolution is required to resolve, a reason to reopen; taking up and closing take an optional note', () => {
    const may = () => true;
    expect(problemFlow.refusal('resolve', { status: 'ditangani', may })).toBe('comment_required');
    expect(problemFlow.refusal('resolve', { status: 'ditangani', may, comment: '  ' })).toBe('comment_required');
    expect(problemFlow.refusal('resolve', { status: 'ditangani', may, comment: 'Dana desa dialokasikan.' })).toBeNull();
    expect(problemFlow.refusal('reopen', { status: 'selesai', may })).toBe('comment_required');
    expect(problemFlow.refusal('handle', { status: 'terbuka', may })).toBeNull();
    expect(problemFlow.refusal('close', { status: 'ditangani', may })).toBeNull();
  });
});

describe('overdue actions', () => {
  it('today is Indonesia’s westernmost date: a due day ends at midnight WIB', () => {
    expect(dueDateToday(new Date('2024-09-28T16:59:59Z'))).toBe('2024-09-28');
    expect(dueDateToday(new Date('2024-09-28T17:00:00Z'))).toBe('2024-09-29');
  });

  it('an action is overdue when not done, past its due day, and its problem is still being worked on', () => {
    const today = '2024-09-28';
    expect(isOverdue({ done: false, dueDate: '2024-09-27' }, 'ditangani', today)).toBe(true);
    expect(isOverdue({ done: false, dueDate: '2024-09-28' }, 'terbuka', today)).toBe(false);
    expect(isOverdue({ done: true, dueDate: '2024-09-01' }, 'terbuka', today)).toBe(false);
    expect(isOverdue({ done: false, dueDate: '2024-09-01' }, 'selesai', today)).toBe(false);
    expect(isOverdue({ done: false, dueDate: '2024-09-01' }, 'ditutup', today)).toBe(false);
  });
});
