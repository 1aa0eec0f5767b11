import type { NetworkFieldsFragment } from '@pathways/web-graphql';
import { namesOf, type ReferenceData } from '../common/reference';

/** "Ministry of Justice, HM Revenue and Customs", or every department when none is named. */
export function departmentsText(
  network: Pick<NetworkFieldsFragment, 'departmentCodes'>,
  reference: ReferenceData,
): string {
  if (network.departmentCodes.length === 0) return 'All departments';
  return namesOf(reference, 'departments', network.departmentCodes).join(', ');
}

/** Your networks first, then the rest, each by name. */
export function networksInOrder<T extends Pick<NetworkFieldsFragment, 'joined' | 'name'>>(
  networks: readonly T[],
): T[] {
  return [...networks].sort(
    (a, b) => Number(b.joined) - Number(a.joined) || a.name.localeCompare(b.name),
  );
}
