// Seed values for the reference tables (seb.md, Reference data); admins can add more there.
export interface ReferenceItem {
  readonly code: string;
  readonly name: string;
}

export interface DepartmentReference extends ReferenceItem {
  readonly ministerial: boolean;
}

export const DEPARTMENTS: readonly DepartmentReference[] = [
  { code: 'AGO', name: "Attorney General's Office", ministerial: true },
  { code: 'CO', name: 'Cabinet Office', ministerial: true },
  { code: 'DBT', name: 'Business and Trade', ministerial: true },
  { code: 'DCMS', name: 'Culture, Media and Sport', ministerial: true },
  { code: 'DFE', name: 'Education', ministerial: true },
  { code: 'DESNZ', name: 'Energy Security and Net Zero', ministerial: true },
  { code: 'DEFRA', name: 'Environment, Food and Rural Affairs', ministerial: true },
  { code: 'DSIT', name: 'Science, Innovation and Technology', ministerial: true },
  { code: 'DFT', name: 'Transport', ministerial: true },
  { code: 'DWP', name: 'Work and Pensions', ministerial: true },
  { code: 'DHSC', name: 'Health and Social Care', ministerial: true },
  { code: 'FCDO', name: 'Foreign, Commonwealth and Development Office', ministerial: true },
  { code: 'HMT', name: 'HM Treasury', ministerial: true },
  { code: 'HO', name: 'Home Office', ministerial: true },
  { code: 'MOD', name: 'Defence', ministerial: true },
  { code: 'MHCLG', name: 'Housing, Communities and Local Government', ministerial: true },
  { code: 'MOJ', name: 'Justice', ministerial: true },
  { code: 'NIO', name: 'Northern Ireland Office', ministerial: true },
  { code: 'OAG', name: 'Advocate General for Scotland', ministerial: true },
  { code: 'LHC', name: 'Leader of the House of Commons', ministerial: true },
  { code: 'LHL', name: 'Leader of the House of Lords', ministerial: true },
  { code: 'SO', name: 'Scotland Office', ministerial: true },
  { code: 'UKEF', name: 'UK Export Finance', ministerial: true },
  { code: 'WO', name: 'Wales Office', ministerial: true },
  { code: 'HMRC', name: 'HM Revenue and Customs', ministerial: false },
];

/** Civil Service Statistics profession list. */
export const PROFESSIONS: readonly ReferenceItem[] = [
  { code: 'commercial', name: 'Commercial' },
  { code: 'communications', name: 'Communications' },
  { code: 'corporate_finance', name: 'Corporate Finance' },
  { code: 'counter_fraud', name: 'Counter Fraud' },
  { code: 'digital_data_technology', name: 'Digital, Data and Technology' },
  { code: 'economics', name: 'Economics' },
  { code: 'finance', name: 'Finance' },
  { code: 'geography', name: 'Geography' },
  { code: 'human_resources', name: 'Human Resources' },
  { code: 'inspector_education_training', name: 'Inspector of Education and Training' },
  { code: 'intelligence_analysis', name: 'Intelligence Analysis' },
  { code: 'internal_audit', name: 'Internal Audit' },
  { code: 'international_trade', name: 'International Trade' },
  { code: 'knowledge_information_management', name: 'Knowledge and Information Management' },
  { code: 'legal', name: 'Legal' },
  { code: 'medicine', name: 'Medicine' },
  { code: 'operational_delivery', name: 'Operational Delivery' },
  { code: 'operational_research', name: 'Operational Research' },
  { code: 'planning', name: 'Planning' },
  { code: 'planning_inspectors', name: 'Planning Inspectors' },
  { code: 'policy', name: 'Policy' },
  { code: 'project_delivery', name: 'Project Delivery' },
  { code: 'property', name: 'Property' },
  { code: 'psychology', name: 'Psychology' },
  { code: 'science_engineering', name: 'Science and Engineering' },
  { code: 'security', name: 'Security' },
  { code: 'social_research', name: 'Social Research' },
  { code: 'statistics', name: 'Statistics' },
  { code: 'tax', name: 'Tax' },
  { code: 'veterinarian', name: 'Veterinarian' },
  { code: 'other', name: 'Other' },
];

/** ITL1 regions of the UK, plus staff based overseas. */
export const REGIONS: readonly ReferenceItem[] = [
  { code: 'TLC', name: 'North East' },
  { code: 'TLD', name: 'North West' },
  { code: 'TLE', name: 'Yorkshire and The Humber' },
  { code: 'TLF', name: 'East Midlands' },
  { code: 'TLG', name: 'West Midlands' },
  { code: 'TLH', name: 'East of England' },
  { code: 'TLI', name: 'London' },
  { code: 'TLJ', name: 'South East' },
  { code: 'TLK', name: 'South West' },
  { code: 'TLL', name: 'Wales' },
  { code: 'TLM', name: 'Scotland' },
  { code: 'TLN', name: 'Northern Ireland' },
  { code: 'OVERSEAS', name: 'Overseas' },
];
