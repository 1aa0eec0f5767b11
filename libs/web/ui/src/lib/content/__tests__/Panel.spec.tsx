import { renderToStaticMarkup } from 'react-dom/server';
import { Panel } from '../Panel';

describe(Panel.name, () => {
  it('renders a confirmation panel with the page heading', () => {
    expect(
      renderToStaticMarkup(
        <Panel title="Application complete">
          Your reference number
          <br />
          <strong>HDJ2123F</strong>
        </Panel>,
      ),
    ).toBe(
      '<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">Application complete</h1>' +
        '<div class="govuk-panel__body">Your reference number<br/><strong>HDJ2123F</strong></div></div>',
    );
  });

  it('can use a lower heading level and omit the body', () => {
    expect(renderToStaticMarkup(<Panel title="Done" headingLevel={2} />)).toBe(
      '<div class="govuk-panel govuk-panel--confirmation"><h2 class="govuk-panel__title">Done</h2></div>',
    );
  });
});
