import { describe, expect, it } from 'vitest';
import { formatCertificateCode, isCourseComplete, normalizeCertificateCode, percentDone, scoreQuiz } from './course-scoring';

const five = [1, 2, 3, 4, 5].map((id) => ({ id, correctChoiceId: id * 10 }));
const answering = (right: number[]) =>
  five.map((q) => ({ questionId: q.id, choiceId: right.includes(q.id) ? q.correctChoiceId : q.correctChoiceId + 1 }));

describe('quiz scoring', () => {
  it('needs 4 of 5 for a pass mark of 70, and names the questions answered wrong', () => {
    expect(scoreQuiz(five, answering([1, 2, 3, 4]), 70)).toEqual({ score: 80, passed: true, rightCount: 4, wrongQuestionIds: [5] });
    expect(scoreQuiz(five, answering([1, 2, 3]), 70)).toEqual({ score: 60, passed: false, rightCount: 3, wrongQuestionIds: [4, 5] });
  });

  it('passes exactly at the pass mark', () => {
    expect(scoreQuiz(five, answering([1, 2, 3]), 60).passed).toBe(true);
  });

  it('rounds to whole percent: 2 of 3 is 67', () => {
    expect(scoreQuiz(five.slice(0, 3), answering([1, 2]).slice(0, 3), 67)).toMatchObject({ score: 67, passed: true });
  });

  it('counts an unanswered question, or one answered twice, as wrong, and ignores answers to other questions', () => {
    const answers = [
      { questionId: 1, choiceId: 10 },
      { questionId: 2, choiceId: 20 },
      { questionId: 2, choiceId: 21 },
      { questionId: 99, choiceId: 990 },
    ];
    expect(scoreQuiz(five, answers, 70)).toMatchObject({ score: 20, rightCount: 1, wrongQuestionIds: [2, 3, 4, 5] });
  });
});

describe('progress', () => {
  it('is 100 only once complete', () => {
    expect(percentDone({ lessonsDone: 3, lessonCount: 3, quizzesPassed: 1, quizCount: 1, completed: true })).toBe(100);
    expect(percentDone({ lessonsDone: 199, lessonCount: 200, quizzesPassed: 1, quizCount: 1, completed: false })).toBe(99);
    expect(percentDone({ lessonsDone: 2, lessonCount: 3, quizzesPassed: 0, quizCount: 1, completed: false })).toBe(50);
  });

  it('completes when every lesson is done and every quiz passed', () => {
    const course = { lessonIds: [1, 2], quizModuleIds: [7] };
    expect(isCourseComplete({ ...course, lessonsDone: new Set([1, 2]), quizzesPassed: new Set([7]) })).toBe(true);
    expect(isCourseComplete({ ...course, lessonsDone: new Set([1]), quizzesPassed: new Set([7]) })).toBe(false);
    expect(isCourseComplete({ lessonIds: [], quizModuleIds: [], lessonsDone: new Set(), quizzesPassed: new Set() })).toBe(false);
  });
});

describe('certificate codes', () => {
  it('are read back however they were typed', () => {
    expect(normalizeCertificateCode('7k2m-9qxd-4tpa')).toBe('7K2M9QXD4TPA');
    expect(normalizeCertificateCode(' 7K2M 9QXD 4TPA ')).toBe('7K2M9QXD4TPA');
    expect(normalizeCertificateCode('OIL0-0000-0000')).toBe('0110' + '00000000');
  });

  it('refuse what cannot be a code', () => {
    expect(normalizeCertificateCode('7K2M9QXD4TP')).toBeNull();
    expect(normalizeCertificateCode('7K2M9QXD4TPU')).toBeNull();
    expect(normalizeCertificateCode('../../etc/pw')).toBeNull();
  });

  it('print in groups of four', () => {
    expect(formatCertificateCode('7K2M9QXD4TPA')).toBe('7K2M-9QXD-4TPA');
  });
});
