import { renderToStaticMarkup } from 'react-dom/server';
import { Tag } from '../Tag';

describe(Tag.name, () => {
  it('renders the default blue tag without a modifier', () => {
    expect(renderToStaticMarkup(<Tag>Active</Tag>)).toBe(
      '<strong class="govuk-tag">Active</strong>',
    );
  });

  it('adds the colour modifier', () => {
    expect(renderToStaticMarkup(<Tag colour="green">Matched</Tag>)).toBe(
      '<strong class="govuk-tag govuk-tag--green">Matched</strong>',
    );
  });
});
