import { pageCountOf, pageItems } from '../pagination';

describe('pageItems', () => {
  it('lists every page when there are few', () => {
    expect(pageItems(2, 3)).toEqual([1, 2, 3]);
  });

  it('shows the first, last, current and adjacent pages with ellipses between', () => {
    expect(pageItems(5, 10)).toEqual([1, 'ellipsis', 4, 5, 6, 'ellipsis', 10]);
    expect(pageItems(1, 10)).toEqual([1, 2, 'ellipsis', 10]);
    expect(pageItems(10, 10)).toEqual([1, 'ellipsis', 9, 10]);
  });

  it('has one page for a single page', () => {
    expect(pageItems(1, 1)).toEqual([1]);
  });
});

describe('pageCountOf', () => {
  it('rounds up and never goes below one page', () => {
    expect(pageCountOf(0, 20)).toBe(1);
    expect(pageCountOf(20, 20)).toBe(1);
    expect(pageCountOf(21, 20)).toBe(2);
  });
});
