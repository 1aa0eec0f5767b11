import {
  awaitingAnswerFrom,
  dueBefore,
  PendingProposal,
  proposalTimeoutStep,
} from '../rules/proposal-timeouts';

const proposedAt = new Date('2026-03-01T09:00:00Z');
const pending: PendingProposal = {
  proposedAt,
  reminderSentAt: null,
  mentorAcceptedAt: null,
  menteeAcceptedAt: null,
};
const after = (days: number, hours = 0) =>
  new Date(proposedAt.getTime() + (days * 24 + hours) * 3_600_000);

describe(proposalTimeoutStep.name, () => {
  it('does nothing before 5 days', () => {
    expect(proposalTimeoutStep(pending, after(4, 23))).toBeNull();
  });

  it('reminds at 5 days', () => {
    expect(proposalTimeoutStep(pending, after(5))).toBe('remind');
  });

  it('reminds only once', () => {
    expect(proposalTimeoutStep({ ...pending, reminderSentAt: after(5) }, after(7))).toBeNull();
  });

  it('returns the proposal to the lead at 10 days, reminded or not', () => {
    expect(proposalTimeoutStep(pending, after(10))).toBe('return');
    expect(proposalTimeoutStep({ ...pending, reminderSentAt: after(5) }, after(10))).toBe('return');
  });

  it('returns a proposal only one side accepted', () => {
    expect(proposalTimeoutStep({ ...pending, mentorAcceptedAt: after(1) }, after(11))).toBe(
      'return',
    );
  });

  it('leaves a proposal both sides accepted alone', () => {
    const accepted = { ...pending, mentorAcceptedAt: after(1), menteeAcceptedAt: after(2) };
    expect(proposalTimeoutStep(accepted, after(30))).toBeNull();
  });
});

describe(awaitingAnswerFrom.name, () => {
  const people = { mentorPersonId: 'mentor', menteePersonId: 'mentee' };

  it('names whoever has not answered', () => {
    expect(awaitingAnswerFrom({ ...pending, ...people })).toEqual(['mentor', 'mentee']);
    expect(awaitingAnswerFrom({ ...pending, ...people, mentorAcceptedAt: after(1) })).toEqual([
      'mentee',
    ]);
    expect(awaitingAnswerFrom({ ...pending, ...people, menteeAcceptedAt: after(1) })).toEqual([
      'mentor',
    ]);
  });
});

describe(dueBefore.name, () => {
  it('is the moment that many days earlier', () => {
    expect(dueBefore(after(5), 5)).toEqual(proposedAt);
  });
});
