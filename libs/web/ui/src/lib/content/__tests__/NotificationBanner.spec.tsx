import { renderToStaticMarkup } from 'react-dom/server';
import { NotificationBanner } from '../NotificationBanner';

describe(NotificationBanner.name, () => {
  it('renders an important notice as a labelled region', () => {
    expect(renderToStaticMarkup(<NotificationBanner heading="Matching closes on 7 March." />)).toBe(
      '<div class="govuk-notification-banner" role="region" aria-labelledby="govuk-notification-banner-title" data-module="govuk-notification-banner">' +
        '<div class="govuk-notification-banner__header">' +
        '<h2 class="govuk-notification-banner__title" id="govuk-notification-banner-title">Important</h2></div>' +
        '<div class="govuk-notification-banner__content">' +
        '<p class="govuk-notification-banner__heading">Matching closes on 7 March.</p></div></div>',
    );
  });

  it('renders a success banner as a focusable alert', () => {
    const html = renderToStaticMarkup(
      <NotificationBanner type="success" heading="Session logged" />,
    );
    expect(html).toContain(
      '<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="govuk-notification-banner-title" data-module="govuk-notification-banner" tabindex="-1">',
    );
    expect(html).toContain('id="govuk-notification-banner-title">Success</h2>');
  });

  it('links the title by a custom id', () => {
    const html = renderToStaticMarkup(
      <NotificationBanner titleId="deadline-title" title="Deadline" />,
    );
    expect(html).toContain('aria-labelledby="deadline-title"');
    expect(html).toContain(
      '<h2 class="govuk-notification-banner__title" id="deadline-title">Deadline</h2>',
    );
  });
});
