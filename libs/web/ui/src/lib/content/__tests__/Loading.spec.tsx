import { renderToStaticMarkup } from 'react-dom/server';
import { Loading } from '../Loading';

describe(Loading.name, () => {
  it('is a status message naming what loads', () => {
    expect(renderToStaticMarkup(<Loading what="the report" />)).toBe(
      '<p class="govuk-body" role="status">Loading the report…</p>',
    );
  });
});
