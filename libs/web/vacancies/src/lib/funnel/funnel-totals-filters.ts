import type { AcceleratorCategory, VacancyFunnelTotalsInput } from '@pathways/web-graphql';
import { CATEGORY_LABELS } from '../common/labels';

export interface TotalsFilters {
  departmentCode: string;
  category: string;
}

export function totalsFiltersFromSearch(search: URLSearchParams): TotalsFilters {
  return {
    departmentCode: (search.get('departmentCode') ?? '').slice(0, 40),
    category: (search.get('category') ?? '').slice(0, 40),
  };
}

export function totalsFiltersToSearch(filters: TotalsFilters): string {
  const search = new URLSearchParams();
  if (filters.departmentCode) search.set('departmentCode', filters.departmentCode);
  if (filters.category) search.set('category', filters.category);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function totalsFiltersToInput(filters: TotalsFilters): VacancyFunnelTotalsInput {
  const input: VacancyFunnelTotalsInput = {};
  if (filters.departmentCode) input.departmentCode = filters.departmentCode;
  if (Object.hasOwn(CATEGORY_LABELS, filters.category))
    input.category = filters.category as AcceleratorCategory;
  return input;
}

/** "Across 12 published roles", the denominator of every figure on the page. */
export function vacancyCountText(count: number): string {
  return `Across ${count} published role${count === 1 ? '' : 's'}`;
}
