import { renderToStaticMarkup } from 'react-dom/server';
import { attributesOf } from '../../../testing/attributes-of';
import { DateInput } from '../DateInput';
import { datePartsFromIso, EMPTY_DATE, parseDateParts } from '../date-parts';

describe(DateInput.name, () => {
  it('renders day, month and year in a described group', () => {
    const html = renderToStaticMarkup(
      <DateInput
        id="as-of"
        legend="Report as of"
        hint="For example, 30 6 2026"
        errorMessage="Enter a real date"
        value={{ day: '30', month: '6', year: '2026' }}
        onChange={() => undefined}
      />,
    );
    expect(html).toContain('aria-describedby="as-of-hint as-of-error"');
    expect(html).toContain('govuk-form-group--error');
    expect(attributesOf(html, 'input', 'as-of-year')).toMatchObject({
      class: 'govuk-input govuk-date-input__input govuk-input--width-4 govuk-input--error',
      name: 'as-of-year',
      inputMode: 'numeric',
      value: '2026',
    });
    expect(html).toContain(
      '<label class="govuk-label govuk-date-input__label" for="as-of-day">Day</label>',
    );
  });
});

describe(parseDateParts.name, () => {
  it('reads a real date as YYYY-MM-DD', () => {
    expect(parseDateParts({ day: '1', month: '2', year: '2026' }, 'The date')).toEqual({
      kind: 'date',
      iso: '2026-02-01',
    });
  });

  it('tells empty, incomplete and impossible dates apart', () => {
    expect(parseDateParts(EMPTY_DATE, 'The date')).toEqual({ kind: 'empty' });
    expect(parseDateParts({ day: '1', month: '', year: '' }, 'The date')).toEqual({
      kind: 'invalid',
      message: 'The date must include a month and year',
    });
    expect(parseDateParts({ day: '30', month: '2', year: '2026' }, 'The date')).toEqual({
      kind: 'invalid',
      message: 'The date must be a real date',
    });
    expect(parseDateParts({ day: '1', month: '2', year: '26' }, 'The date').kind).toBe('invalid');
  });

  it('round-trips with datePartsFromIso', () => {
    expect(datePartsFromIso('2026-06-05')).toEqual({ day: '5', month: '6', year: '2026' });
    expect(datePartsFromIso(null)).toEqual(EMPTY_DATE);
  });
});
