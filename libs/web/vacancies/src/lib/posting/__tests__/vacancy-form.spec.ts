import { VACANCY } from '../../common/__tests__/fixtures';
import { broadcastConfirmation, checkBroadcastForm } from '../broadcast-form';
import { checkRows, isCapProblem } from '../check-rows';
import { REFERENCE } from '../../common/__tests__/fixtures';
import {
  checkVacancyForm,
  EMPTY_VACANCY_FORM,
  formFromVacancy,
  type VacancyForm,
} from '../vacancy-form';

const TODAY = '2026-04-01';

const COMPLETE: VacancyForm = {
  ...EMPTY_VACANCY_FORM,
  title: '  Private secretary  ',
  departmentCode: 'MOJ',
  gradeCodes: ['HEO'],
  regionCodes: [],
  remote: true,
  workingPattern: 'full_time',
  contractType: 'loan',
  closingDate: { day: '1', month: '5', year: '2026' },
  applyUrl: '',
  applyContact: ' apply@justice.gov.uk ',
  category: 'private_office',
  reserved: 'no',
};

describe(checkVacancyForm.name, () => {
  it('reports everything missing at once, in the order of the form', () => {
    const { problems, input } = checkVacancyForm(EMPTY_VACANCY_FORM, TODAY);
    expect(input).toBeNull();
    expect(problems.map((p) => p.field)).toEqual([
      'title',
      'departmentCode',
      'gradeCodes',
      'regionCodes',
      'workingPattern',
      'contractType',
      'closingDate',
      'applyUrl',
      'category',
      'reservedForTalentScheme',
    ]);
  });

  it('builds the input from a complete form, trimmed, with empty choices as null', () => {
    expect(checkVacancyForm(COMPLETE, TODAY)).toEqual({
      problems: [],
      input: {
        title: 'Private secretary',
        summary: '',
        departmentCode: 'MOJ',
        gradeCodes: ['HEO'],
        professionCode: null,
        regionCodes: [],
        remote: true,
        workingPattern: 'full_time',
        contractType: 'loan',
        closingDate: '2026-05-01',
        applyUrl: null,
        applyContact: 'apply@justice.gov.uk',
        category: 'private_office',
        reservedForTalentScheme: false,
        talentScheme: null,
      },
    });
  });

  it('refuses a closing date that has passed, and a link that is not a web address', () => {
    const { problems } = checkVacancyForm(
      {
        ...COMPLETE,
        closingDate: { day: '31', month: '3', year: '2026' },
        applyUrl: 'www.x.gov.uk',
      },
      TODAY,
    );
    expect(problems).toEqual([
      { field: 'closingDate', message: 'The closing date must be today or in the future' },
      {
        field: 'applyUrl',
        message:
          'Enter a web address starting https://, like https://www.civilservicejobs.service.gov.uk',
      },
    ]);
  });

  it('asks which talent scheme a reserved role is for, and sends it', () => {
    expect(checkVacancyForm({ ...COMPLETE, reserved: 'yes' }, TODAY).problems).toEqual([
      { field: 'talentScheme', message: 'Enter the talent scheme, for example Fast Stream' },
    ]);
    const { input } = checkVacancyForm(
      { ...COMPLETE, reserved: 'yes', talentScheme: ' Fast Stream ' },
      TODAY,
    );
    expect(input).toMatchObject({ reservedForTalentScheme: true, talentScheme: 'Fast Stream' });
  });

  it('drops the talent scheme typed before changing the answer to no', () => {
    const { input } = checkVacancyForm({ ...COMPLETE, talentScheme: 'Fast Stream' }, TODAY);
    expect(input?.talentScheme).toBeNull();
  });

  it('round-trips a vacancy through the form', () => {
    const { input } = checkVacancyForm(formFromVacancy(VACANCY), TODAY);
    expect(input).toMatchObject({
      title: VACANCY.title,
      gradeCodes: VACANCY.gradeCodes,
      closingDate: VACANCY.closingDate,
      applyUrl: VACANCY.applyUrl,
      professionCode: 'policy',
    });
  });
});

describe(checkRows.name, () => {
  it('lists every detail for checking, saying none where there is nothing', () => {
    const rows = checkRows(VACANCY, REFERENCE);
    expect(rows[0]).toEqual({ key: 'Job title', value: VACANCY.title });
    expect(rows.at(-1)).toEqual({ key: 'Contact to apply through', value: 'None' });
  });

  it('recognises the reserved-share cap refusal by its field', () => {
    expect(isCapProblem({ field: 'reservedForTalentScheme' })).toBe(true);
    expect(isCapProblem({ field: 'closingDate' })).toBe(false);
  });
});

describe(checkBroadcastForm.name, () => {
  it('needs a network and an audience', () => {
    expect(checkBroadcastForm({ networkIds: [], audience: null }, 'v1').problems).toEqual([
      { field: 'networkIds', message: 'Select at least one network' },
      { field: 'audience', message: 'Select who to alert' },
    ]);
    expect(checkBroadcastForm({ networkIds: ['n1'], audience: 'all' }, 'v1').input).toEqual({
      vacancyId: 'v1',
      networkIds: ['n1'],
      audience: 'all',
    });
  });

  it('confirms who is being told', () => {
    expect(broadcastConfirmation(['MOJ Social Mobility Network'], 'matching')).toBe(
      'Shared with MOJ Social Mobility Network: members whose alerts match are being told',
    );
    expect(broadcastConfirmation(['A', 'B'], 'all')).toBe(
      'Shared with 2 networks: all their members are being told',
    );
  });
});
