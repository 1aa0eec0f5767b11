import { renderToStaticMarkup } from 'react-dom/server';
import { ErrorSummary } from '../ErrorSummary';

describe(ErrorSummary.name, () => {
  it('titles the summary and links each error to its field', () => {
    const html = renderToStaticMarkup(
      <ErrorSummary
        errors={[
          { href: '#full-name', text: 'Enter your full name' },
          { href: '#role', text: 'Select a role' },
        ]}
      />,
    );
    expect(html).toBe(
      '<div class="govuk-error-summary" data-module="govuk-error-summary" tabindex="-1">' +
        '<div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2>' +
        '<div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">' +
        '<li><a href="#full-name">Enter your full name</a></li>' +
        '<li><a href="#role">Select a role</a></li>' +
        '</ul></div></div></div>',
    );
  });

  it('is focusable so it can take focus when it appears', () => {
    const html = renderToStaticMarkup(<ErrorSummary errors={[]} />);
    expect(html).toContain('tabindex="-1"');
  });

  it('shows a description above the list when given', () => {
    const html = renderToStaticMarkup(
      <ErrorSummary description="Check the answers below" errors={[{ href: '#a', text: 'A' }]} />,
    );
    expect(html).toContain(
      '<div class="govuk-error-summary__body"><p>Check the answers below</p><ul',
    );
  });
});
