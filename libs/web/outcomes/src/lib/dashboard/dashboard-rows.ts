import { countText, shareOfText, type CountLike } from '../format/figures';
import { REPORT_GROUP_ORDER } from '../format/labels';

export interface SebCountLike {
  sebGroup: string;
  count: CountLike;
}

export interface SebShareLike {
  sebGroup: string;
  share?: number | null;
  count: CountLike;
  total: CountLike;
}

/** The groups any of the figures mention, in the report's order. */
export function groupsOf(...lists: readonly (readonly { sebGroup: string }[])[]): string[] {
  const present = new Set(lists.flatMap((list) => list.map((row) => row.sebGroup)));
  const known = REPORT_GROUP_ORDER.filter((group) => present.has(group));
  const others = [...present].filter((group) => !REPORT_GROUP_ORDER.includes(group)).sort();
  return [...known, ...others];
}

/** A count of one group, [c] when withheld, "–" when the API sent nothing for the group. */
export function countOf(list: readonly SebCountLike[], group: string): string {
  const row = list.find((item) => item.sebGroup === group);
  return row ? countText(row.count) : '–';
}

/** "162 of 206 (78.6%)" for one group, [c] when either count is withheld. */
export function shareOf(list: readonly SebShareLike[], group: string): string {
  const row = list.find((item) => item.sebGroup === group);
  return row ? shareOfText(row.count, row.total, row.share ?? null) : '–';
}
