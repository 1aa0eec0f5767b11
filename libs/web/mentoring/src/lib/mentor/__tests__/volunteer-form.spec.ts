import { checkVolunteerDraft, emptyVolunteerDraft } from '../volunteer-form';

describe('checkVolunteerDraft', () => {
  it('sends the capacity as a number with the topics and professions', () => {
    expect(
      checkVolunteerDraft({
        cohortId: 'c1',
        capacity: ' 2 ',
        topics: ['skills'],
        professions: ['policy'],
      }),
    ).toEqual({
      problems: [],
      input: { cohortId: 'c1', capacity: 2, topics: ['skills'], professions: ['policy'] },
    });
  });

  it('asks for a whole number from 0 to 10 and at least one topic', () => {
    expect(checkVolunteerDraft(emptyVolunteerDraft('c1')).problems).toEqual([
      { field: 'capacity', message: 'Enter how many mentees you could take on' },
      { field: 'topics', message: 'Select at least one topic you could help with' },
    ]);
    for (const capacity of ['11', '-1', '1.5', 'two']) {
      expect(
        checkVolunteerDraft({ ...emptyVolunteerDraft('c1', capacity), topics: ['skills'] })
          .problems,
      ).toEqual([
        { field: 'capacity', message: 'How many mentees must be a whole number from 0 to 10' },
      ]);
    }
    expect(
      checkVolunteerDraft({ ...emptyVolunteerDraft('c1', '0'), topics: ['skills'] }).input
        ?.capacity,
    ).toBe(0);
  });
});
