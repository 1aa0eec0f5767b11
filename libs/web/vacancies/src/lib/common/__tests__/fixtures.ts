import type { VacancyFieldsFragment } from '@pathways/web-graphql';
import type { ReferenceData } from '../reference';

export const REFERENCE: ReferenceData = {
  departments: [
    { code: 'MOJ', name: 'Ministry of Justice', active: true },
    { code: 'DWP', name: 'Work and Pensions', active: true },
    { code: 'OLD', name: 'Retired Department', active: false },
  ],
  grades: [
    { code: 'SEO', name: 'Senior Executive Officer', rank: 4 },
    { code: 'HEO', name: 'Higher Executive Officer', rank: 3 },
  ],
  professions: [{ code: 'policy', name: 'Policy', active: true }],
  regions: [
    { code: 'TLI', name: 'London' },
    { code: 'TLD', name: 'North West' },
  ],
};

export const VACANCY: VacancyFieldsFragment = {
  id: 'v1',
  title: 'Assistant Private Secretary',
  summary: 'Briefings and casework.',
  departmentCode: 'MOJ',
  gradeCodes: ['HEO', 'SEO'],
  professionCode: 'policy',
  regionCodes: ['TLI'],
  remote: false,
  workingPattern: 'full_time',
  contractType: 'loan',
  closingDate: '2026-05-01',
  applyUrl: 'https://example.gov.uk/apply',
  applyContact: null,
  applyLink: '/api/vacancies/v1/apply',
  category: 'private_office',
  reservedForTalentScheme: false,
  talentScheme: null,
  status: 'open',
  publishedAt: '2026-03-01T10:00:00.000Z',
  postedByMe: false,
};
