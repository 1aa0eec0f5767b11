import { DomainError } from '@pathways/api-core';
import { checkPublishable, checkVacancyDetails, VacancyDetails } from '../vacancies/vacancy-rules';

const valid: VacancyDetails = {
  regionCodes: ['TLI'],
  remote: false,
  applyUrl: 'https://jobs.example.gov.uk/1',
  applyContact: null,
  reservedForTalentScheme: false,
  talentScheme: null,
  closingDate: '2030-01-31',
};

const problem = (check: () => void) => {
  try {
    check();
    return null;
  } catch (error) {
    return error instanceof DomainError ? { field: error.field, message: error.message } : error;
  }
};

describe(checkVacancyDetails.name, () => {
  it('accepts a complete vacancy, remote or by region, by link or contact', () => {
    expect(problem(() => checkVacancyDetails(valid))).toBeNull();
    expect(
      problem(() => checkVacancyDetails({ ...valid, regionCodes: [], remote: true })),
    ).toBeNull();
    expect(
      problem(() =>
        checkVacancyDetails({ ...valid, applyUrl: null, applyContact: 'apply@moj.gov.uk' }),
      ),
    ).toBeNull();
  });

  it.each([
    [{ regionCodes: [], remote: false }, 'regionCodes'],
    [{ applyUrl: null, applyContact: '  ' }, 'applyUrl'],
    [{ reservedForTalentScheme: true, talentScheme: null }, 'talentScheme'],
    [{ reservedForTalentScheme: false, talentScheme: 'Fast Stream' }, 'talentScheme'],
  ])('refuses %j, naming the field', (change, field) => {
    expect(problem(() => checkVacancyDetails({ ...valid, ...change }))).toMatchObject({ field });
  });
});

describe(checkPublishable.name, () => {
  it('accepts a closing date of today and refuses one that has passed', () => {
    expect(problem(() => checkPublishable(valid, '2030-01-31'))).toBeNull();
    expect(problem(() => checkPublishable(valid, '2030-02-01'))).toEqual({
      field: 'closingDate',
      message: 'The closing date 2030-01-31 has passed',
    });
  });
});
