import { SEB_GROUPS, SEB_OCCUPATION_QUESTION, sebGroupFromOccupation } from '@pathways/domain-seb';

// Built from domain-seb's one-part mapping, so SQL and TypeScript cannot disagree.
const CODES_BY_GROUP = SEB_GROUPS.filter((group) => group !== 'unknown').map((group) => ({
  group,
  codes: SEB_OCCUPATION_QUESTION.options
    .map((option) => option.code)
    .filter((code) => sebGroupFromOccupation(code) === group),
}));

/** SQL for the SEB group of a `seb_occupation` column: no answer or an unmapped one is `unknown`. */
export function sebGroupSql(column: string): string {
  const whens = CODES_BY_GROUP.filter(({ codes }) => codes.length > 0).map(
    ({ group, codes }) =>
      `WHEN ${column} IN (${codes.map((code) => `'${code}'`).join(', ')}) THEN '${group}'`,
  );
  return `CASE ${whens.join(' ')} ELSE 'unknown' END`;
}

/** The event types that count as progression (contracts.md), as a SQL list. */
export const PROGRESSION_TYPES_SQL = `('promotion', 'temporary_promotion', 'lateral_move')`;
