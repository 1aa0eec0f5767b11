import type { FunnelStage, VacancyFunnelFieldsFragment } from '@pathways/web-graphql';
import { SEB_GROUP_LABELS, isSebGroup } from '@pathways/domain-seb';
import { STAGE_LABELS } from '../common/labels';

/** The statistical convention for a withheld cell (Civil Service Statistics); never a figure. */
export const SUPPRESSED = '[c]';
/** Nothing to show. */
export const NOT_APPLICABLE = '–';

export const FUNNEL_STAGE_ORDER: readonly FunnelStage[] = [
  'alerted',
  'viewed',
  'applied',
  'appointed',
];
export const FUNNEL_GROUP_ORDER = [
  'professional',
  'intermediate',
  'lower',
  'unknown',
  'all',
] as const;

export interface FunnelCountLike {
  value?: number | null;
  suppressed: boolean;
}

export interface FunnelCell {
  group: string;
  text: string;
  suppressed: boolean;
}

export interface FunnelRow {
  stage: FunnelStage;
  label: string;
  cells: FunnelCell[];
}

const COUNT = new Intl.NumberFormat('en-GB');

/** "[c]" for a withheld count, the count with thousands separators, or "–" when there is none. */
export function funnelCellText(count: FunnelCountLike | undefined): string {
  if (!count) return NOT_APPLICABLE;
  if (count.suppressed) return SUPPRESSED;
  return count.value === null || count.value === undefined
    ? NOT_APPLICABLE
    : COUNT.format(count.value);
}

export function funnelGroupLabel(group: string): string {
  if (group === 'all') return 'Everyone';
  return isSebGroup(group) ? SEB_GROUP_LABELS[group] : group;
}

/** One row per stage in funnel order, one cell per SEB group then everyone. */
export function funnelRows(funnel: Pick<VacancyFunnelFieldsFragment, 'stages'>): FunnelRow[] {
  return FUNNEL_STAGE_ORDER.map((stage) => {
    const counts = funnel.stages.find((s) => s.stage === stage)?.counts ?? [];
    return {
      stage,
      label: STAGE_LABELS[stage],
      cells: FUNNEL_GROUP_ORDER.map((group) => {
        const count = counts.find((c) => c.sebGroup === group);
        return { group, text: funnelCellText(count), suppressed: count?.suppressed ?? false };
      }),
    };
  });
}

export function anySuppressed(rows: readonly FunnelRow[]): boolean {
  return rows.some((row) => row.cells.some((cell) => cell.suppressed));
}
