import { weightRows } from '../rules-summary';

describe('weightRows', () => {
  it('describes the default weights', () => {
    expect(
      weightRows({
        gradeGap: 0.3,
        idealGradeGap: 2,
        professionFit: 0.2,
        sharedTopics: 0.3,
        sameRegion: 0.1,
        previouslyUnmatched: 0.25,
      }),
    ).toEqual([
      { key: 'Grade gap close to the ideal', value: '0.3' },
      { key: 'Ideal grade gap', value: '2 grades above the mentee' },
      { key: 'Profession as wished', value: '0.2' },
      { key: 'Shared topics', value: '0.3' },
      { key: 'Same region', value: '0.1' },
      { key: 'Left unmatched last time', value: '0.25' },
    ]);
  });

  it('says a weight of 0 is not used, and one grade in the singular', () => {
    const rows = weightRows({
      gradeGap: 0,
      idealGradeGap: 1,
      professionFit: 0.1 + 0.2,
      sharedTopics: 1.5,
      sameRegion: 0,
      previouslyUnmatched: 10,
    });
    expect(rows.map((row) => row.value)).toEqual([
      '0 (not used)',
      '1 grade above the mentee',
      '0.3',
      '1.5',
      '0 (not used)',
      '10',
    ]);
  });
});
