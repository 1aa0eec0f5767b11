import { renderToStaticMarkup } from 'react-dom/server';
import { BackLink } from '../BackLink';

describe(BackLink.name, () => {
  it('renders a back link', () => {
    expect(renderToStaticMarkup(<BackLink href="/previous" />)).toBe(
      '<a href="/previous" class="govuk-back-link">Back</a>',
    );
  });

  it('can be inverse with custom text', () => {
    expect(renderToStaticMarkup(<BackLink href="/" text="Return" inverse />)).toBe(
      '<a href="/" class="govuk-back-link govuk-back-link--inverse">Return</a>',
    );
  });
});
