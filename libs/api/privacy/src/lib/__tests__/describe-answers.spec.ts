import { PersonAnswersEntity } from '@pathways/api-people';
import { describeAnswers } from '../holders/describe-answers';

const row = (answers: Partial<PersonAnswersEntity>): PersonAnswersEntity => ({
  personId: '7d3c1f52-7a3e-4bb1-9d0c-2f5a3c9e1a10',
  sebOccupation: null,
  sebEarnerEmployment: null,
  sebEarnerWorkType: null,
  sebEarnerEmployeeStatus: null,
  sebEarnerWorkplaceSize: null,
  sebEarnerSupervises: null,
  sebSchool: null,
  sebFsm: null,
  sebParentDegree: null,
  gender: null,
  ethnicity: null,
  disability: null,
  sexualOrientation: null,
  updatedAt: new Date('2026-03-01T10:00:00Z'),
  ...answers,
});

describe(describeAnswers.name, () => {
  it('describes a person with no answers as having none, unknown SEB group', () => {
    expect(describeAnswers(null)).toEqual({ answers: [], sebGroup: 'unknown', updatedAt: null });
  });

  it('lists only answered questions, in asking order, with wording and answer labels', () => {
    expect(
      describeAnswers(row({ ethnicity: 'prefer_not_to_say', sebOccupation: 'clerical' })),
    ).toEqual({
      answers: [
        {
          question: 'seb_occupation',
          questionText:
            'What was the occupation of your main household earner when you were about aged 14?',
          code: 'clerical',
          answer:
            'Clerical and intermediate occupations such as: secretary, personal assistant, call centre agent, clerical worker, nursery nurse.',
        },
        {
          question: 'ethnicity',
          questionText: expect.any(String),
          code: 'prefer_not_to_say',
          answer: 'Prefer not to say',
        },
      ],
      sebGroup: 'intermediate',
      updatedAt: new Date('2026-03-01T10:00:00Z'),
    });
  });

  it('derives the SEB group from the four-part answers when the one-part is absent', () => {
    const described = describeAnswers(
      row({
        sebEarnerEmployment: 'employed',
        sebEarnerWorkType: 'routine_manual',
        sebEarnerEmployeeStatus: 'employee',
        sebEarnerSupervises: 'no',
      }),
    );
    expect(described.sebGroup).toBe('lower');
    expect(described.answers.map((answer) => answer.question)).toEqual([
      'seb_earner_employment',
      'seb_earner_work_type',
      'seb_earner_employee_status',
      'seb_earner_supervises',
    ]);
  });

  it('keeps a stored code that is no longer an answer option, as the code itself', () => {
    expect(describeAnswers(row({ gender: 'retired_code' })).answers).toEqual([
      {
        question: 'gender',
        questionText: expect.any(String),
        code: 'retired_code',
        answer: 'retired_code',
      },
    ]);
  });
});
