import { renderToStaticMarkup } from 'react-dom/server';
import { ServiceNavigation } from '../ServiceNavigation';

describe(ServiceNavigation.name, () => {
  const items = [
    { href: '/programmes', text: 'Programmes', current: true },
    { href: '/vacancies', text: 'Vacancies' },
  ];

  it('labels the navigation and collapses it behind a menu button on mobile', () => {
    const html = renderToStaticMarkup(<ServiceNavigation items={items} />);
    expect(html).toContain(
      '<div class="govuk-service-navigation" data-module="govuk-service-navigation">',
    );
    expect(html).toContain('<nav aria-label="Menu" class="govuk-service-navigation__wrapper">');
    expect(html).toContain(
      '<button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle" aria-controls="navigation" hidden="" aria-hidden="true">Menu</button>',
    );
    expect(html).toContain('<ul class="govuk-service-navigation__list" id="navigation">');
  });

  it('marks the current page with aria-current and a bold fallback', () => {
    const html = renderToStaticMarkup(<ServiceNavigation items={items} />);
    expect(html).toContain(
      '<li class="govuk-service-navigation__item govuk-service-navigation__item--active">' +
        '<a class="govuk-service-navigation__link" href="/programmes" aria-current="page">' +
        '<strong class="govuk-service-navigation__active-fallback">Programmes</strong></a></li>',
    );
    expect(html).toContain(
      '<li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="/vacancies">Vacancies</a></li>',
    );
  });

  it('has no menu button for a single item', () => {
    const html = renderToStaticMarkup(<ServiceNavigation items={[items[1]]} />);
    expect(html).not.toContain('govuk-service-navigation__toggle');
  });
});
