import { renderToStaticMarkup } from 'react-dom/server';
import { Pagination } from '../../admin/Pagination';
import { DateInput } from '../DateInput';
import { PasswordInput } from '../PasswordInput';
import { Select } from '../Select';

const noop = () => undefined;

describe(Select.name, () => {
  it('describes the select by its hint and error, and marks it as in error', () => {
    const html = renderToStaticMarkup(
      <Select
        id="grade"
        name="gradeCode"
        label="Grade"
        hint="Your substantive grade"
        errorMessage="Select your grade"
        options={[
          { value: '', text: 'Select your grade' },
          { value: 'EO', text: 'Executive Officer' },
        ]}
        value="EO"
        onChange={noop}
      />,
    );
    expect(html).toContain('<div class="govuk-form-group govuk-form-group--error">');
    expect(html).toContain('<label class="govuk-label" for="grade">Grade</label>');
    expect(html).toContain(
      '<select class="govuk-select govuk-select--error" id="grade" name="gradeCode" aria-describedby="grade-hint grade-error">',
    );
    expect(html).toContain('<option value="EO" selected="">Executive Officer</option>');
  });
});

describe(DateInput.name, () => {
  it('is a fieldset of day, month and year whose day field the error summary links to', () => {
    const html = renderToStaticMarkup(
      <DateInput
        id="from"
        legend="From"
        errorMessage="The from date must be a real date"
        value={{ day: '31', month: '2', year: '2025' }}
        onChange={noop}
      />,
    );
    expect(html).toContain(
      '<fieldset class="govuk-fieldset" role="group" aria-describedby="from-error">',
    );
    expect(html).toContain('<div class="govuk-date-input" id="from">');
    expect(html).toContain(
      '<label class="govuk-label govuk-date-input__label" for="from-day">Day</label>',
    );
    expect(html).toContain(
      'class="govuk-input govuk-date-input__input govuk-input--width-4 govuk-input--error" id="from-year"',
    );
  });
});

describe(PasswordInput.name, () => {
  it('is a password field that browsers can fill and never spell-check', () => {
    const html = renderToStaticMarkup(
      <PasswordInput
        id="password"
        name="password"
        label="Password"
        autoComplete="current-password"
        value=""
        onChange={noop}
      />,
    );
    expect(html).toContain('type="password"');
    expect(html).toContain('spellCheck="false"');
    expect(html).toContain('autoComplete="current-password"');
  });
});

describe(Pagination.name, () => {
  it('renders nothing for a single page', () => {
    expect(renderToStaticMarkup(<Pagination current={1} pageCount={1} hrefFor={String} />)).toBe(
      '',
    );
  });

  it('links the previous, next and nearby pages and marks the current one', () => {
    const html = renderToStaticMarkup(
      <Pagination current={2} pageCount={5} hrefFor={(page) => `/admin/audit?page=${page}`} />,
    );
    expect(html).toContain('<nav class="govuk-pagination" aria-label="Pagination">');
    expect(html).toContain('href="/admin/audit?page=1" rel="prev"');
    expect(html).toContain('href="/admin/audit?page=3" rel="next"');
    expect(html).toContain(
      '<li class="govuk-pagination__item govuk-pagination__item--current"><a class="govuk-link govuk-pagination__link" href="/admin/audit?page=2" aria-label="Page 2" aria-current="page">2</a></li>',
    );
    expect(html).toContain('govuk-pagination__item--ellipses');
  });
});
