import { EMPTY_DATE } from '@pathways/web-ui';
import { otherMember, viewerRoleText } from '../relationship-view';
import { checkSessionForm, type SessionForm } from '../session-form';

const form: SessionForm = {
  heldOn: { day: '10', month: '3', year: '2026' },
  duration: '60',
  format: 'video',
  topics: ['career_planning'],
  nextSteps: ' Draft a statement of suitability ',
  privateNote: '  ',
};

describe('checkSessionForm', () => {
  it('gives the input to send, without an empty private note', () => {
    expect(checkSessionForm(form, 'r1', '2026-03-27', '2026-03-01')).toEqual({
      problems: [],
      input: {
        relationshipId: 'r1',
        heldOn: '2026-03-10',
        durationMinutes: 60,
        format: 'video',
        topics: ['career_planning'],
        nextSteps: 'Draft a statement of suitability',
        privateNote: null,
      },
    });
    expect(
      checkSessionForm({ ...form, privateNote: ' Felt nervous ' }, 'r1', '2026-03-27', null).input
        ?.privateNote,
    ).toBe('Felt nervous');
  });

  it('reports everything missing at once', () => {
    const empty: SessionForm = {
      heldOn: EMPTY_DATE,
      duration: '',
      format: null,
      topics: [],
      nextSteps: '',
      privateNote: '',
    };
    expect(checkSessionForm(empty, 'r1', '2026-03-27', null).problems.map((p) => p.field)).toEqual([
      'heldOn',
      'durationMinutes',
      'format',
    ]);
  });

  it('refuses sessions in the future, before the start, or of an odd length', () => {
    expect(checkSessionForm(form, 'r1', '2026-03-09', null).problems[0].message).toBe(
      'The date of the session must be today or in the past',
    );
    expect(checkSessionForm(form, 'r1', '2026-03-27', '2026-03-11').problems[0].message).toBe(
      'The date of the session must be on or after the relationship started',
    );
    for (const duration of ['4', '481', '1.5', 'an hour']) {
      expect(
        checkSessionForm({ ...form, duration }, 'r1', '2026-03-27', null).problems[0].field,
      ).toBe('durationMinutes');
    }
  });
});

describe('otherMember', () => {
  const relationship = {
    mentee: { person: { givenName: 'Sam', familyName: 'Mentee' } },
    mentor: { person: { givenName: 'Robin', familyName: 'Mentor' } },
  };

  it('is the mentee for their mentor and the mentor for everyone else', () => {
    expect(otherMember({ ...relationship, viewer: 'mentor' }).givenName).toBe('Sam');
    expect(otherMember({ ...relationship, viewer: 'mentee' }).givenName).toBe('Robin');
    expect(viewerRoleText('mentor')).toBe('You are their mentor');
  });
});
