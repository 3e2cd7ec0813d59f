// The rules of learning in Elis, pure: how a quiz is scored, how far a learner is, and what a
// certificate code looks like. The server applies them; the web app may show them offline.

export interface ScoredQuestion {
  id: number;
  /** The one correct choice; never leaves the server. */
  correctChoiceId: number;
}

export interface QuizScore {
  score: number;
  passed: boolean;
  rightCount: number;
  wrongQuestionIds: number[];
}

/**
 * score = round(100 × right / questions); passed when score ≥ passMark. A question not answered,
 * or answered twice, counts as wrong; answers to other questions are ignored.
 */
export function scoreQuiz(
  questions: readonly ScoredQuestion[],
  answers: readonly { questionId: number; choiceId: number }[],
  passMark: number,
): QuizScore {
  const answered = new Map<number, number[]>();
  for (const a of answers) answered.set(a.questionId, [...(answered.get(a.questionId) ?? []), a.choiceId]);
  const wrongQuestionIds = questions
    .filter((q) => {
      const given = answered.get(q.id);
      return given?.length !== 1 || given[0] !== q.correctChoiceId;
    })
    .map((q) => q.id);
  const rightCount = questions.length - wrongQuestionIds.length;
  const score = questions.length === 0 ? 0 : Math.round((100 * rightCount) / questions.length);
  return { score, passed: questions.length > 0 && score >= passMark, rightCount, wrongQuestionIds };
}

/** Lessons done and quizzes passed out of all of them, 0–100; 100 only once complete. */
export function percentDone(p: {
  lessonsDone: number;
  lessonCount: number;
  quizzesPassed: number;
  quizCount: number;
  completed: boolean;
}): number {
  if (p.completed) return 100;
  const total = p.lessonCount + p.quizCount;
  if (total === 0) return 0;
  return Math.min(99, Math.floor((100 * (p.lessonsDone + p.quizzesPassed)) / total));
}

/** Every lesson done and every quiz passed, on the course as it is now. */
export function isCourseComplete(p: {
  lessonIds: readonly number[];
  quizModuleIds: readonly number[];
  lessonsDone: ReadonlySet<number>;
  quizzesPassed: ReadonlySet<number>;
}): boolean {
  if (p.lessonIds.length + p.quizModuleIds.length === 0) return false;
  return p.lessonIds.every((id) => p.lessonsDone.has(id)) && p.quizModuleIds.every((id) => p.quizzesPassed.has(id));
}

/**
 * Certificate codes: Crockford's base32 (no I, L, O, U, so nothing reads as another letter or a
 * word), 12 characters = 60 random bits. Printed in groups of four; typed in any case, with or
 * without dashes and spaces.
 */
export const certificateCodeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const certificateCodeLength = 12;

/** The code as stored, from what someone typed or scanned; null when it cannot be one. */
export function normalizeCertificateCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== certificateCodeLength) return null;
  return [...code].every((ch) => certificateCodeAlphabet.includes(ch)) ? code : null;
}

/** "7K2M-9QXD-4TPA", for print. */
export function formatCertificateCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** The public page that confirms a certificate, as its QR code carries it. */
export const certificatePagePath = (code: string) => `/sertifikat/${code}`;
