import type { SebGroup } from '@pathways/domain-seb';
import { assertCount } from './counts';

export interface ClassifiableShares {
  /** Shares of the classifiable people; null when nobody is classifiable. */
  readonly professional: number | null;
  readonly intermediate: number | null;
  readonly lower: number | null;
  readonly classifiable: number;
  readonly total: number;
  /** classifiable / total; null when the total is 0. */
  readonly declarationRate: number | null;
}

/** SEB shares over professional, intermediate and lower only, as dashboards publish them. */
export function shareOfClassifiable(
  counts: Readonly<Record<SebGroup, number>>,
): ClassifiableShares {
  const { professional, intermediate, lower, unknown } = counts;
  Object.entries(counts).forEach(([group, count]) => assertCount(group, count));
  const classifiable = professional + intermediate + lower;
  const total = classifiable + unknown;
  const share = (count: number) => (classifiable === 0 ? null : count / classifiable);
  return {
    professional: share(professional),
    intermediate: share(intermediate),
    lower: share(lower),
    classifiable,
    total,
    declarationRate: total === 0 ? null : classifiable / total,
  };
}
