/** Well-known ids, so guides and tests can point at the demo intakes and placement. */
export const DEMO_INTERNSHIP_PROGRAMME_CODE = 'CARE-LEAVERS';
export const DEMO_INTERNSHIP_PROGRAMME_ID = 'c1a55000-0000-4000-8000-000000000001';
export const DEMO_OPEN_INTAKE_ID = 'c1a55000-0000-4000-8000-000000002026';
export const DEMO_PAST_INTAKE_ID = 'c1a55000-0000-4000-8000-000000002025';
/** The running placement the demo line manager manages. */
export const DEMO_PLACEMENT_ID = 'c1a55000-0000-4000-8000-0000000000a1';

/** Staff numbers of the demo accounts this seeder builds on (libs/api/identity). */
export const DEMO_LINE_MANAGER_STAFF_NUMBER = 'DEMO0003';
export const DEMO_PROGRAMME_LEAD_STAFF_NUMBER = 'DEMO0004';

export interface DemoCandidate {
  staffNumber: string;
  givenName: string;
  familyName: string;
  departmentCode: string;
  gradeCode: string;
  dateOfBirth: string;
  regions: string[];
  work: string[];
}

/** Fictional care leavers applying to the open intake. */
export const DEMO_CANDIDATES: DemoCandidate[] = [
  {
    staffNumber: 'DEMO-CANDIDATE-01',
    givenName: 'Casey',
    familyName: 'Candidate',
    departmentCode: 'DWP',
    gradeCode: 'AA',
    dateOfBirth: '2006-02-11',
    regions: ['TLI', 'TLJ'],
    work: ['digital_data_technology'],
  },
  {
    staffNumber: 'DEMO-CANDIDATE-02',
    givenName: 'Rowan',
    familyName: 'Candidate',
    departmentCode: 'DWP',
    gradeCode: 'AA',
    dateOfBirth: '2004-07-30',
    regions: ['TLC'],
    work: ['operational_delivery', 'policy'],
  },
  {
    staffNumber: 'DEMO-CANDIDATE-03',
    givenName: 'Tali',
    familyName: 'Candidate',
    departmentCode: 'HMRC',
    gradeCode: 'AA',
    dateOfBirth: '2003-12-01',
    regions: [],
    work: [],
  },
];

export const DEMO_INTERN: DemoCandidate = {
  staffNumber: 'DEMO-INTERN-01',
  givenName: 'Jordan',
  familyName: 'Intern',
  departmentCode: 'MOJ',
  gradeCode: 'AO',
  dateOfBirth: '2004-03-14',
  regions: ['TLD'],
  work: ['operational_delivery'],
};
