import { renderToStaticMarkup } from 'react-dom/server';
import { NotAllowed } from '../NotAllowed';
import { ServiceProblem } from '../ServiceProblem';

describe(NotAllowed.name, () => {
  it('says who may use the page', () => {
    const html = renderToStaticMarkup(<NotAllowed who="network leads" />);
    expect(html).toContain(
      '<h1 class="govuk-heading-l">You do not have permission to see this page</h1>',
    );
    expect(html).toContain('Only network leads can use this page.');
  });
});

describe(ServiceProblem.name, () => {
  it('apologises and suggests trying later', () => {
    expect(renderToStaticMarkup(<ServiceProblem />)).toContain('Try again later.');
  });
});
