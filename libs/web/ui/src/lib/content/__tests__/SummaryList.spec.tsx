import { renderToStaticMarkup } from 'react-dom/server';
import { SummaryList } from '../SummaryList';

describe(SummaryList.name, () => {
  it('renders each row as a key and value', () => {
    expect(renderToStaticMarkup(<SummaryList rows={[{ key: 'Name', value: 'Sam Smith' }]} />)).toBe(
      '<dl class="govuk-summary-list"><div class="govuk-summary-list__row">' +
        '<dt class="govuk-summary-list__key">Name</dt><dd class="govuk-summary-list__value">Sam Smith</dd>' +
        '</div></dl>',
    );
  });

  it('adds a change link that says what it changes to screen readers', () => {
    const html = renderToStaticMarkup(
      <SummaryList
        rows={[
          {
            key: 'Date of birth',
            value: '13 August 1980',
            actions: [
              { href: '/date-of-birth', text: 'Change', visuallyHiddenText: 'date of birth' },
            ],
          },
          { key: 'Grade', value: 'HEO' },
        ]}
      />,
    );
    expect(html).toContain(
      '<dd class="govuk-summary-list__actions"><a class="govuk-link" href="/date-of-birth">Change' +
        '<span class="govuk-visually-hidden"> date of birth</span></a></dd>',
    );
    expect(html).toContain(
      '<div class="govuk-summary-list__row govuk-summary-list__row--no-actions">',
    );
  });

  it('lists several actions of one row', () => {
    const html = renderToStaticMarkup(
      <SummaryList
        rows={[
          {
            key: 'Mentor',
            value: 'Alex',
            actions: [
              { href: '/mentor/edit', text: 'Change', visuallyHiddenText: 'mentor' },
              { href: '/mentor/remove', text: 'Remove', visuallyHiddenText: 'mentor' },
            ],
          },
        ]}
      />,
    );
    expect(html).toContain(
      '<ul class="govuk-summary-list__actions-list"><li class="govuk-summary-list__actions-list-item">',
    );
    expect(html).toContain(
      'href="/mentor/remove">Remove<span class="govuk-visually-hidden"> mentor</span>',
    );
  });

  it('can drop the borders', () => {
    expect(renderToStaticMarkup(<SummaryList rows={[]} noBorder />)).toBe(
      '<dl class="govuk-summary-list govuk-summary-list--no-border"></dl>',
    );
  });
});
