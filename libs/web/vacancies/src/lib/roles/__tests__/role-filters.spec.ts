import {
  filtersFromSearch,
  filtersToInput,
  filtersToSearch,
  hasFilters,
  NO_FILTERS,
  pageCount,
  resultsText,
} from '../role-filters';

describe(filtersToInput.name, () => {
  it('sends only the filters that say something, and the page as an offset', () => {
    expect(
      filtersToInput(
        { ...NO_FILTERS, keyword: '  private   office ', gradeCode: 'HEO', regionCode: 'TLI' },
        3,
      ),
    ).toEqual({
      limit: 20,
      offset: 40,
      keyword: 'private office',
      gradeCode: 'HEO',
      regionCode: 'TLI',
    });
    expect(filtersToInput(NO_FILTERS)).toEqual({ limit: 20, offset: 0 });
  });

  it('passes every filter the API takes', () => {
    expect(
      filtersToInput({
        keyword: 'policy',
        gradeCode: 'SEO',
        professionCode: 'policy',
        regionCode: 'TLD',
        departmentCode: 'MOJ',
        category: 'close_to_ministers',
      }),
    ).toEqual({
      limit: 20,
      offset: 0,
      keyword: 'policy',
      gradeCode: 'SEO',
      professionCode: 'policy',
      regionCode: 'TLD',
      departmentCode: 'MOJ',
      category: 'close_to_ministers',
    });
  });

  it('drops a category the API would not know', () => {
    expect(filtersToInput({ ...NO_FILTERS, category: 'toString' })).toEqual({
      limit: 20,
      offset: 0,
    });
  });
});

describe('filters in the address', () => {
  it('round-trips filters and page through the query string', () => {
    const filters = { ...NO_FILTERS, keyword: 'private office', departmentCode: 'MOJ' };
    const search = filtersToSearch(filters, 2);
    expect(search).toBe('?keyword=private+office&departmentCode=MOJ&page=2');
    expect(filtersFromSearch(new URLSearchParams(search))).toEqual({ filters, page: 2 });
  });

  it('leaves the address bare without filters, and reads a bad page as the first', () => {
    expect(filtersToSearch(NO_FILTERS)).toBe('');
    expect(filtersFromSearch(new URLSearchParams('page=-4')).page).toBe(1);
    expect(filtersFromSearch(new URLSearchParams('page=2.5')).page).toBe(1);
  });

  it('knows whether any filter is set', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, keyword: ' ' })).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, category: 'other' })).toBe(true);
  });
});

describe(resultsText.name, () => {
  it('counts the roles, and the range shown when there are several pages', () => {
    expect(resultsText(0, 1)).toBe('No roles match');
    expect(resultsText(1, 1)).toBe('1 role');
    expect(resultsText(20, 1)).toBe('20 roles');
    expect(resultsText(45, 3)).toBe('Showing 41 to 45 of 45 roles');
    expect(pageCount(45)).toBe(3);
    expect(pageCount(0)).toBe(1);
  });
});
