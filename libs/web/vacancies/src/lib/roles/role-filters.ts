import type { AcceleratorCategory, AcceleratorRolesInput } from '@pathways/web-graphql';
import { CATEGORY_LABELS } from '../common/labels';

/** The filter form as typed: an empty string means "any". */
export interface RoleFilters {
  keyword: string;
  gradeCode: string;
  professionCode: string;
  regionCode: string;
  departmentCode: string;
  category: string;
}

export const NO_FILTERS: RoleFilters = {
  keyword: '',
  gradeCode: '',
  professionCode: '',
  regionCode: '',
  departmentCode: '',
  category: '',
};

export const ROLES_PER_PAGE = 20;
const FILTER_KEYS = Object.keys(NO_FILTERS) as (keyof RoleFilters)[];

const isCategory = (value: string): value is AcceleratorCategory =>
  Object.hasOwn(CATEGORY_LABELS, value);

/** The filters and page in the address: they describe roles, never the person looking. */
export function filtersFromSearch(search: URLSearchParams): { filters: RoleFilters; page: number } {
  const filters = { ...NO_FILTERS };
  for (const key of FILTER_KEYS) filters[key] = (search.get(key) ?? '').slice(0, 100);
  const page = Number(search.get('page'));
  return { filters, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

export function filtersToSearch(filters: RoleFilters, page = 1): string {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) search.set(key, value);
  }
  if (page > 1) search.set('page', String(page));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The query's input: only the filters that say something, and the page as an offset. */
export function filtersToInput(filters: RoleFilters, page = 1): AcceleratorRolesInput {
  const input: AcceleratorRolesInput = {
    limit: ROLES_PER_PAGE,
    offset: (Math.max(1, page) - 1) * ROLES_PER_PAGE,
  };
  const keyword = filters.keyword.trim().replace(/\s+/g, ' ');
  if (keyword) input.keyword = keyword;
  if (filters.gradeCode) input.gradeCode = filters.gradeCode;
  if (filters.professionCode) input.professionCode = filters.professionCode;
  if (filters.regionCode) input.regionCode = filters.regionCode;
  if (filters.departmentCode) input.departmentCode = filters.departmentCode;
  if (isCategory(filters.category)) input.category = filters.category;
  return input;
}

export function hasFilters(filters: RoleFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key].trim() !== '');
}

/** "Showing 21 to 40 of 45 roles", or what there is when it fits on one page. */
export function resultsText(total: number, page: number): string {
  if (total === 0) return 'No roles match';
  const noun = total === 1 ? 'role' : 'roles';
  if (total <= ROLES_PER_PAGE) return `${total} ${noun}`;
  const first = (page - 1) * ROLES_PER_PAGE + 1;
  const last = Math.min(total, page * ROLES_PER_PAGE);
  return `Showing ${first} to ${last} of ${total} ${noun}`;
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / ROLES_PER_PAGE));
}
