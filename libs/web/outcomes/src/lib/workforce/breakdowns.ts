import type { WorkforceDashboardQuery } from '@pathways/web-graphql';

type Dashboard = WorkforceDashboardQuery['workforceDashboard'];

export interface Breakdown {
  field: keyof Pick<
    Dashboard,
    | 'byGrade'
    | 'byDepartment'
    | 'byProfession'
    | 'byRegion'
    | 'byGender'
    | 'byEthnicity'
    | 'byDisability'
    | 'bySexualOrientation'
  >;
  id: string;
  heading: string;
  category: string;
}

/** The breakdowns of action 2.3–2.6, in the order the page shows them. */
export const BREAKDOWNS: readonly Breakdown[] = [
  { field: 'byGrade', id: 'by-grade', heading: 'By grade', category: 'Grade' },
  { field: 'byDepartment', id: 'by-department', heading: 'By department', category: 'Department' },
  { field: 'byProfession', id: 'by-profession', heading: 'By profession', category: 'Profession' },
  { field: 'byRegion', id: 'by-region', heading: 'By region', category: 'Region' },
  { field: 'byGender', id: 'by-gender', heading: 'By gender', category: 'Gender' },
  { field: 'byEthnicity', id: 'by-ethnicity', heading: 'By ethnicity', category: 'Ethnicity' },
  { field: 'byDisability', id: 'by-disability', heading: 'By disability', category: 'Disability' },
  {
    field: 'bySexualOrientation',
    id: 'by-sexual-orientation',
    heading: 'By sexual orientation',
    category: 'Sexual orientation',
  },
];
