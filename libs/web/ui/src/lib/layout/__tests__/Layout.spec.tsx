import { renderToStaticMarkup } from 'react-dom/server';
import { LinkProvider } from '../../link/LinkProvider';
import type { LinkComponentProps } from '../../link/link-context';
import { Layout } from '../Layout';

describe(Layout.name, () => {
  const html = renderToStaticMarkup(<Layout>Content</Layout>);

  it('starts with a skip link to the main content', () => {
    expect(
      html.startsWith(
        '<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>',
      ),
    ).toBe(true);
  });

  it('has a header naming the service and linking to the home page', () => {
    expect(html).toContain(
      '<header class="govuk-template__header"><div class="govuk-generic-header">',
    );
    expect(html).toContain('<a href="/" class="govuk-generic-header__homepage-link">Pathways</a>');
  });

  it('shows the beta phase banner asking for feedback', () => {
    expect(html).toContain(
      '<div class="govuk-phase-banner govuk-width-container"><p class="govuk-phase-banner__content">' +
        '<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong> ' +
        '<span class="govuk-phase-banner__text">This is a new service. Help us improve it by giving feedback.</span>',
    );
  });

  it('links the feedback text when given somewhere to send it', () => {
    const withFeedback = renderToStaticMarkup(<Layout feedbackHref="/feedback">x</Layout>);
    expect(withFeedback).toContain(
      'by <a href="/feedback" class="govuk-link">giving feedback</a>.',
    );
  });

  it('puts the page in the main landmark the skip link targets', () => {
    expect(html).toContain(
      '<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">Content</main></div>',
    );
  });

  it('ends with a footer under the Open Government Licence', () => {
    expect(html).toMatch(
      /<footer class="govuk-template__footer"><div class="govuk-footer">.*<\/footer>$/,
    );
    expect(html).toContain('All content is available under the');
    expect(html).toContain(
      '<a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>',
    );
    expect(html).toContain('© Crown copyright');
  });

  it('renders the navigation slot inside the header and footer meta content', () => {
    const withSlots = renderToStaticMarkup(
      <Layout navigation={<nav id="slot" />} footerMeta="Version 1.2.3">
        x
      </Layout>,
    );
    expect(withSlots).toMatch(
      /<header class="govuk-template__header">.*<nav id="slot"><\/nav>.*<\/header>/,
    );
    expect(withSlots).toContain('<h2 class="govuk-visually-hidden">Support links</h2>');
    expect(withSlots).toContain('<div class="govuk-footer__meta-custom">Version 1.2.3</div>');
  });

  it('uses the link component the app provides for internal links', () => {
    const RouterLink = ({ href, ...rest }: LinkComponentProps) => (
      <a data-router="" href={href} {...rest} />
    );
    const routed = renderToStaticMarkup(
      <LinkProvider component={RouterLink}>
        <Layout>x</Layout>
      </LinkProvider>,
    );
    expect(routed).toContain(
      '<a data-router="" href="/" class="govuk-generic-header__homepage-link">',
    );
    expect(routed).toContain('<a href="#main-content" class="govuk-skip-link"');
  });
});
