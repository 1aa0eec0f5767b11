import { EMPTY_DATE } from '@pathways/web-ui';
import {
  checkCareerEventForm,
  checkStaffNumber,
  EMPTY_CAREER_EVENT_FORM,
} from '../career-event-form';
import { careerEventStatus, changeText } from '../career-event-view';
import { careerEventTypeLabel } from '../career-vocabulary';

describe(checkCareerEventForm.name, () => {
  it('turns a complete form into the API’s input, empty choices as null', () => {
    expect(
      checkCareerEventForm(
        {
          ...EMPTY_CAREER_EVENT_FORM,
          type: 'temporary_promotion',
          effectiveDate: { day: '30', month: '8', year: '2026' },
          fromGrade: 'EO',
          toGrade: 'HEO',
        },
        '2026-11-27',
      ),
    ).toEqual({
      problems: [],
      input: {
        type: 'temporary_promotion',
        effectiveDate: '2026-08-30',
        fromGrade: 'EO',
        toGrade: 'HEO',
        fromDepartment: null,
        toDepartment: null,
      },
    });
  });

  it('asks for what happened and when', () => {
    expect(checkCareerEventForm(EMPTY_CAREER_EVENT_FORM, '2026-11-27').problems).toEqual([
      { field: 'type', message: 'Select what happened' },
      { field: 'effectiveDate', message: 'Enter the date it happened' },
    ]);
  });

  it('refuses dates in the future and unknown grades', () => {
    const { problems } = checkCareerEventForm(
      {
        ...EMPTY_CAREER_EVENT_FORM,
        type: 'promotion',
        effectiveDate: { day: '1', month: '1', year: '2027' },
        toGrade: 'G9',
      },
      '2026-11-27',
    );
    expect(problems.map((p) => p.message)).toEqual([
      'The date it happened must be today or in the past',
      'Select a grade from the list',
    ]);
    expect(EMPTY_CAREER_EVENT_FORM.effectiveDate).toEqual(EMPTY_DATE);
  });
});

describe(checkStaffNumber.name, () => {
  it('asks for a staff number', () => {
    expect(checkStaffNumber('  ')).toEqual([
      { field: 'staffNumber', message: 'Enter the person’s staff number' },
    ]);
    expect(checkStaffNumber('DEMO0001')).toEqual([]);
  });
});

describe('career event view', () => {
  it('describes a change by whichever ends are known', () => {
    expect(changeText('EO', 'HEO')).toBe('EO to HEO');
    expect(changeText(null, 'HEO')).toBe('to HEO');
    expect(changeText('MOJ', null)).toBe('from MOJ');
    expect(changeText('MOJ', 'MOJ')).toBe('MOJ');
    expect(changeText(null, undefined)).toBe('–');
  });

  it('shows self-reported events as awaiting confirmation', () => {
    expect(careerEventStatus(false)).toEqual({ text: 'Awaiting confirmation', colour: 'yellow' });
    expect(careerEventStatus(true).text).toBe('Confirmed');
    expect(careerEventTypeLabel('eoi_success')).toBe('Successful expression of interest (EOI)');
    expect(careerEventTypeLabel('other')).toBe('other');
  });
});
