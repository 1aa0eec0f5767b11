import { SEB_GROUPS, SebGroup } from '@pathways/domain-seb';
import { suppressTable } from '@pathways/domain-stats';
import { FUNNEL_STAGES, FunnelStage } from './funnel-stages';
import type { FunnelStageCounts } from './funnel.model';

export type FunnelCounts = Record<FunnelStage, Record<SebGroup, number>>;

export const emptyFunnelCounts = (): FunnelCounts =>
  Object.fromEntries(
    FUNNEL_STAGES.map((stage) => [
      stage,
      Object.fromEntries(SEB_GROUPS.map((group) => [group, 0])),
    ]),
  ) as FunnelCounts;

/**
 * Each stage is a column of SEB groups with its total, suppressed like every published table:
 * counts 1–9 withheld, and a second cell withheld wherever one alone could be worked out.
 */
export function funnelTable(counts: FunnelCounts): FunnelStageCounts[] {
  return FUNNEL_STAGES.map((stage) => {
    const table = suppressTable(SEB_GROUPS.map((group) => [counts[stage][group]]));
    return {
      stage,
      counts: [
        ...SEB_GROUPS.map((sebGroup, i) => ({
          sebGroup,
          value: table.rowTotals[i].value,
          suppressed: table.rowTotals[i].suppressed,
        })),
        { sebGroup: 'all', value: table.grandTotal.value, suppressed: table.grandTotal.suppressed },
      ],
    };
  });
}
