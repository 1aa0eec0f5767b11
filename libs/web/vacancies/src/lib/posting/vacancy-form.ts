import type {
  AcceleratorCategory,
  ContractType,
  CreateVacancyInput,
  WorkingPattern,
} from '@pathways/web-graphql';
import {
  datePartsFromIso,
  EMPTY_DATE,
  parseDateParts,
  type DateParts,
  type Problem,
} from '@pathways/web-ui';
import type { VacancyView } from '../roles/vacancy-view';

/** The vacancy form as typed; choices not yet made are null. */
export interface VacancyForm {
  title: string;
  summary: string;
  departmentCode: string;
  gradeCodes: string[];
  professionCode: string;
  regionCodes: string[];
  remote: boolean;
  workingPattern: WorkingPattern | null;
  contractType: ContractType | null;
  closingDate: DateParts;
  applyUrl: string;
  applyContact: string;
  category: AcceleratorCategory | null;
  reserved: 'yes' | 'no' | null;
  talentScheme: string;
}

export const EMPTY_VACANCY_FORM: VacancyForm = {
  title: '',
  summary: '',
  departmentCode: '',
  gradeCodes: [],
  professionCode: '',
  regionCodes: [],
  remote: false,
  workingPattern: null,
  contractType: null,
  closingDate: EMPTY_DATE,
  applyUrl: '',
  applyContact: '',
  category: null,
  reserved: null,
  talentScheme: '',
};

/** Input field (as the API names it) → the id of the element the error summary links to. */
export const VACANCY_FIELD_IDS = {
  title: 'title',
  summary: 'summary',
  departmentCode: 'department',
  gradeCodes: 'grades',
  professionCode: 'profession',
  regionCodes: 'regions',
  remote: 'regions',
  workingPattern: 'working-pattern',
  contractType: 'contract-type',
  closingDate: 'closing-date-day',
  applyUrl: 'apply-url',
  applyContact: 'apply-contact',
  category: 'category',
  reservedForTalentScheme: 'reserved',
  talentScheme: 'talent-scheme',
};

export function formFromVacancy(vacancy: VacancyView): VacancyForm {
  return {
    title: vacancy.title,
    summary: vacancy.summary,
    departmentCode: vacancy.departmentCode,
    gradeCodes: [...vacancy.gradeCodes],
    professionCode: vacancy.professionCode ?? '',
    regionCodes: [...vacancy.regionCodes],
    remote: vacancy.remote,
    workingPattern: vacancy.workingPattern,
    contractType: vacancy.contractType,
    closingDate: datePartsFromIso(vacancy.closingDate),
    applyUrl: vacancy.applyUrl ?? '',
    applyContact: vacancy.applyContact ?? '',
    category: vacancy.category,
    reserved: vacancy.reservedForTalentScheme ? 'yes' : 'no',
    talentScheme: vacancy.talentScheme ?? '',
  };
}

export type VacancyCheck =
  { problems: Problem[]; input: null } | { problems: []; input: CreateVacancyInput };

const WEB_ADDRESS = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

function closingDateProblem(form: VacancyForm, today: string): Problem | null {
  const date = parseDateParts(form.closingDate, 'The closing date');
  if (date.kind === 'empty') return { field: 'closingDate', message: 'Enter the closing date' };
  if (date.kind === 'invalid') return { field: 'closingDate', message: date.message };
  if (date.iso < today)
    return { field: 'closingDate', message: 'The closing date must be today or in the future' };
  return null;
}

/** Everything the API would refuse, at once; `today` is YYYY-MM-DD in London. */
export function checkVacancyForm(form: VacancyForm, today: string): VacancyCheck {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const title = form.title.trim();
  if (!title) add('title', 'Enter the title of the role');
  else if (title.length < 3 || title.length > 200)
    add('title', 'The title must be 3 to 200 characters');
  if (form.summary.length > 5000)
    add('summary', 'The description must be 5,000 characters or fewer');
  if (!form.departmentCode) add('departmentCode', 'Select the department');
  if (form.gradeCodes.length === 0) add('gradeCodes', 'Select at least one grade');
  if (form.regionCodes.length === 0 && !form.remote)
    add('regionCodes', 'Select at least one region, or say the role can be done remotely');
  if (!form.workingPattern) add('workingPattern', 'Select the working pattern');
  if (!form.contractType) add('contractType', 'Select the contract type');
  const closing = closingDateProblem(form, today);
  if (closing) problems.push(closing);
  const applyUrl = form.applyUrl.trim();
  const applyContact = form.applyContact.trim();
  if (applyUrl && !WEB_ADDRESS.test(applyUrl))
    add(
      'applyUrl',
      'Enter a web address starting https://, like https://www.civilservicejobs.service.gov.uk',
    );
  else if (!applyUrl && !applyContact)
    add('applyUrl', 'Enter a link to apply, or a contact to apply through');
  if (applyContact.length > 500) add('applyContact', 'The contact must be 500 characters or fewer');
  if (!form.category) add('category', 'Select why the role accelerates a career');
  if (!form.reserved)
    add('reservedForTalentScheme', 'Select whether the role is reserved for a talent scheme');
  else if (form.reserved === 'yes' && !form.talentScheme.trim())
    add('talentScheme', 'Enter the talent scheme, for example Fast Stream');
  const date = parseDateParts(form.closingDate, 'The closing date');
  if (
    problems.length > 0 ||
    date.kind !== 'date' ||
    !form.workingPattern ||
    !form.contractType ||
    !form.category
  )
    return { problems, input: null };
  const reserved = form.reserved === 'yes';
  return {
    problems: [],
    input: {
      title,
      summary: form.summary.trim(),
      departmentCode: form.departmentCode,
      gradeCodes: form.gradeCodes,
      professionCode: form.professionCode || null,
      regionCodes: form.regionCodes,
      remote: form.remote,
      workingPattern: form.workingPattern,
      contractType: form.contractType,
      closingDate: date.iso,
      applyUrl: applyUrl || null,
      applyContact: applyContact || null,
      category: form.category,
      reservedForTalentScheme: reserved,
      talentScheme: reserved ? form.talentScheme.trim() : null,
    },
  };
}
