import type { Question } from './question';

// Wording is the Social Mobility Commission's, shown verbatim (see shared/spec/seb.md).
export const SEB_OCCUPATION_QUESTION = {
  key: 'seb_occupation',
  title: 'What was the occupation of your main household earner when you were about aged 14?',
  options: [
    {
      code: 'professional',
      label:
        'Modern professional & traditional professional occupations such as: teacher, nurse, physiotherapist, social worker, musician, police officer (sergeant or above), software designer, accountant, solicitor, medical practitioner, scientist, civil / mechanical engineer.',
    },
    {
      code: 'manager',
      label:
        'Senior, middle or junior managers or administrators such as: finance manager, chief executive, large business owner, office manager, retail manager, bank manager, restaurant manager, warehouse manager.',
    },
    {
      code: 'clerical',
      label:
        'Clerical and intermediate occupations such as: secretary, personal assistant, call centre agent, clerical worker, nursery nurse.',
    },
    {
      code: 'technical_craft',
      label:
        'Technical and craft occupations such as: motor mechanic, plumber, printer, electrician, gardener, train driver.',
    },
    {
      code: 'routine',
      label:
        'Routine, semi-routine manual and service occupations such as: postal worker, machine operative, security guard, caretaker, farm worker, catering assistant, sales assistant, HGV driver, cleaner, porter, packer, labourer, waiter/waitress, bar staff.',
    },
    {
      code: 'long_term_unemployed',
      label:
        "Long-term unemployed (claimed Jobseeker's Allowance or earlier unemployment benefit for more than a year).",
    },
    {
      code: 'small_business',
      label:
        'Small business owners who employed less than 25 people such as: corner shop owners, small plumbing companies, retail shop owner, single restaurant or cafe owner, taxi owner, garage owner.',
    },
    {
      code: 'other',
      label: "Other such as: retired, this question does not apply to me, I don't know.",
    },
    { code: 'prefer_not_to_say', label: 'I prefer not to say' },
  ],
} as const satisfies Question;

export const SEB_SCHOOL_QUESTION = {
  key: 'seb_school',
  title: 'Which type of school did you attend for the most time between the ages of 11 and 16?',
  options: [
    {
      code: 'state_non_selective',
      label: 'A state-run or state-funded school – non-selective',
    },
    { code: 'state_selective', label: 'A state-run or state-funded school – selective' },
    { code: 'independent', label: 'Independent or fee-paying school' },
    {
      code: 'independent_bursary',
      label:
        'Independent or fee-paying school, where I received a bursary covering 90% or more of my tuition',
    },
    { code: 'outside_uk', label: 'Attended school outside the UK' },
    { code: 'dont_know', label: "Don't know" },
    { code: 'prefer_not_to_say', label: 'Prefer not to say' },
  ],
} as const satisfies Question;

export const SEB_FSM_QUESTION = {
  key: 'seb_fsm',
  title:
    'If you finished school after 1980, were you eligible for free school meals at any point during your school years?',
  hint: 'Free school meals are available to school-aged children from families who receive other qualifying benefits and who have been through the relevant registration process. It does not include those who receive meals at school through other means (e.g. boarding school).',
  options: [
    { code: 'yes', label: 'Yes' },
    { code: 'no', label: 'No' },
    {
      code: 'not_applicable',
      label: 'Not applicable (finished school before 1980 or went to school overseas)',
    },
    { code: 'dont_know', label: "Don't know" },
    { code: 'prefer_not_to_say', label: 'Prefer not to say' },
  ],
} as const satisfies Question;

export const SEB_PARENT_DEGREE_QUESTION = {
  key: 'seb_parent_degree',
  title:
    'Did either of your parents attend university and gain a degree (e.g. BA/BSc or equivalent) by the time you were 18?',
  options: [
    { code: 'no', label: 'No, neither of my parents attended university' },
    { code: 'yes', label: 'Yes, one or both of my parents attended university' },
    { code: 'dont_know', label: 'Do not know / not sure' },
    { code: 'prefer_not_to_say', label: 'Prefer not to say' },
  ],
} as const satisfies Question;

export type SebOccupationCode = (typeof SEB_OCCUPATION_QUESTION.options)[number]['code'];
export type SebSchoolCode = (typeof SEB_SCHOOL_QUESTION.options)[number]['code'];
export type SebFsmCode = (typeof SEB_FSM_QUESTION.options)[number]['code'];
export type SebParentDegreeCode = (typeof SEB_PARENT_DEGREE_QUESTION.options)[number]['code'];

export const SMC_QUESTIONS = [
  SEB_OCCUPATION_QUESTION,
  SEB_SCHOOL_QUESTION,
  SEB_FSM_QUESTION,
  SEB_PARENT_DEGREE_QUESTION,
] as const;
