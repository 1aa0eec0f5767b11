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

  it('is a group whose day field the error summary links to, with a small legend', () => {
    const html = renderToStaticMarkup(
      <DateInput id="from" legend="From" value={EMPTY_DATE} onChange={() => undefined} />,
    );
    expect(html).toContain('<fieldset class="govuk-fieldset" role="group">');
    expect(html).toContain(
      '<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">From</legend>',
    );
    expect(html).toContain('<div class="govuk-date-input" id="from">');
    expect(html).not.toContain('govuk-form-group--error');
  });

  it('puts the page heading in a large legend for a one-question page', () => {
    const html = renderToStaticMarkup(
      <DateInput
        id="date-of-birth"
        legend="What is your date of birth?"
        legendIsPageHeading
        value={EMPTY_DATE}
        onChange={() => undefined}
      />,
    );
    expect(html).toContain(
      '<legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">What is your date of birth?</h1></legend>',
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

  it.each([
    { day: 'x', month: '2', year: '2026' },
    { day: '1', month: '13', year: '2026' },
  ])('rejects %p as not a real date', (parts) => {
    expect(parseDateParts(parts, 'The date')).toEqual({
      kind: 'invalid',
      message: 'The date must be a real date',
    });
  });

  it('ignores spaces around the parts', () => {
    expect(parseDateParts({ day: ' ', month: '', year: '' }, 'The date')).toEqual({
      kind: 'empty',
    });
    expect(parseDateParts({ day: ' 7 ', month: '3', year: '2025' }, 'The date')).toEqual({
      kind: 'date',
      iso: '2025-03-07',
    });
  });

  it('round-trips with datePartsFromIso', () => {
    expect(datePartsFromIso('2026-06-05')).toEqual({ day: '5', month: '6', year: '2026' });
    expect(datePartsFromIso(null)).toEqual(EMPTY_DATE);
    expect(datePartsFromIso('7/3/2025')).toEqual(EMPTY_DATE);
  });
});
