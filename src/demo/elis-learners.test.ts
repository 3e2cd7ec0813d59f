import { describe, expect, it } from 'vitest';
import { demoLearnerCounts, planDemoLearners } from './elis-learners';

const course = { modules: [4, 3, 3, 3, 3, 3].map((lessons) => ({ lessons, questions: 5 })), passMark: 70 };
const attendeeRefs = Array.from({ length: 82 }, (_, i) => i * 3);
const plan = () => planDemoLearners({ attendeeRefs, named: { complete: [6], halfway: [9] }, course });

describe('the demo’s Elis learners', () => {
  it('are the same on every run', () => {
    expect(plan()).toEqual(plan());
  });

  it('are gathering attendees: 10 with a certificate, 14 halfway, 12 enrolled only; Puput done, Cendil halfway', () => {
    const learners = plan();
    expect(learners.every((l) => attendeeRefs.includes(l.partnerRef))).toBe(true);
    expect(new Set(learners.map((l) => l.partnerRef)).size).toBe(learners.length);
    for (const stage of ['complete', 'halfway', 'enrolled'] as const) {
      expect(learners.filter((l) => l.stage === stage)).toHaveLength(demoLearnerCounts[stage]);
    }
    expect(learners.find((l) => l.partnerRef === 6)?.stage).toBe('complete');
    expect(learners.find((l) => l.partnerRef === 9)?.stage).toBe('halfway');
  });

  it('finish every lesson and pass every quiz only when complete; the halfway ones include failed attempts', () => {
    const passed = (steps: ReturnType<typeof plan>[number]['steps']) =>
      new Set(steps.flatMap((s) => (s.kind === 'quiz' && s.right >= 4 ? [s.module] : [])));
    for (const l of plan()) {
      const lessons = l.steps.filter((s) => s.kind === 'lesson').length;
      if (l.stage === 'complete') {
        expect(lessons).toBe(19);
        expect(passed(l.steps).size).toBe(6);
      } else expect(passed(l.steps).size).toBeLessThan(6);
    }
    const halfway = plan().filter((l) => l.stage === 'halfway');
    const failing = halfway.filter((l) => l.steps.some((s) => s.kind === 'quiz' && s.right < 4));
    expect(failing.length).toBeGreaterThanOrEqual(7);
    expect(failing.map((l) => l.partnerRef)).toContain(9);
  });

  it('start at the gathering, enrolment first, and go on in time order through October 2024', () => {
    for (const l of plan()) {
      expect(l.steps[0]?.kind).toBe('enrol');
      expect(l.steps[0]?.at.startsWith('2024-09-28')).toBe(true);
      const times = l.steps.map((s) => s.at);
      expect([...times].sort()).toEqual(times);
      expect(times.at(-1)! < '2024-11-06').toBe(true);
    }
  });
});
