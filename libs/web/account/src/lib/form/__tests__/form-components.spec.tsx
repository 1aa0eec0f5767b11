import { renderToStaticMarkup } from 'react-dom/server';
import { Pagination } from '../../admin/Pagination';
import { PasswordInput } from '../PasswordInput';

const noop = () => undefined;

describe(PasswordInput.name, () => {
  it('is a password field that browsers can fill and never spell-check', () => {
    const html = renderToStaticMarkup(
      <PasswordInput
        id="password"
        name="password"
        label="Password"
        autoComplete="current-password"
        value=""
        onChange={noop}
      />,
    );
    expect(html).toContain('type="password"');
    expect(html).toContain('spellCheck="false"');
    expect(html).toContain('autoComplete="current-password"');
  });
});

describe(Pagination.name, () => {
  it('renders nothing for a single page', () => {
    expect(renderToStaticMarkup(<Pagination current={1} pageCount={1} hrefFor={String} />)).toBe(
      '',
    );
  });

  it('links the previous, next and nearby pages and marks the current one', () => {
    const html = renderToStaticMarkup(
      <Pagination current={2} pageCount={5} hrefFor={(page) => `/admin/audit?page=${page}`} />,
    );
    expect(html).toContain('<nav class="govuk-pagination" aria-label="Pagination">');
    expect(html).toContain('href="/admin/audit?page=1" rel="prev"');
    expect(html).toContain('href="/admin/audit?page=3" rel="next"');
    expect(html).toContain(
      '<li class="govuk-pagination__item govuk-pagination__item--current"><a class="govuk-link govuk-pagination__link" href="/admin/audit?page=2" aria-label="Page 2" aria-current="page">2</a></li>',
    );
    expect(html).toContain('govuk-pagination__item--ellipses');
  });
});
