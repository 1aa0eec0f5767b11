import { renderToStaticMarkup } from 'react-dom/server';
import { InsetText } from '../InsetText';

describe(InsetText.name, () => {
  it('renders inset text', () => {
    expect(renderToStaticMarkup(<InsetText>It can take up to 8 weeks.</InsetText>)).toBe(
      '<div class="govuk-inset-text">It can take up to 8 weeks.</div>',
    );
  });
});
