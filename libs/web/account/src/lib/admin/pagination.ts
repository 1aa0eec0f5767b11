export type PageItem = number | 'ellipsis';

/** GOV.UK pagination: the first, last, current and adjacent pages, gaps as ellipses. */
export function pageItems(current: number, pageCount: number): PageItem[] {
  const shown = [...new Set([1, current - 1, current, current + 1, pageCount])]
    .filter((page) => page >= 1 && page <= pageCount)
    .sort((a, b) => a - b);
  const items: PageItem[] = [];
  shown.forEach((page, index) => {
    if (index > 0 && page - shown[index - 1] > 1) items.push('ellipsis');
    items.push(page);
  });
  return items;
}

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
