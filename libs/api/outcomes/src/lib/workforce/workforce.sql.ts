import { SEXUAL_ORIENTATION_QUESTION, sexualOrientationReportGroup } from '@pathways/domain-seb';
import { sebGroupSql } from '../sql/seb-group.sql';
import { NOT_STATED } from './workforce-dimensions';

function sexualOrientationGroupSql(column: string): string {
  const whens = SEXUAL_ORIENTATION_QUESTION.options.map(
    ({ code }) => `WHEN '${code}' THEN '${sexualOrientationReportGroup(code)}'`,
  );
  return `CASE ${column} ${whens.join(' ')} ELSE '${sexualOrientationReportGroup(null)}' END`;
}

const stated = (column: string) => `COALESCE(${column}, '${NOT_STATED}')`;

/**
 * Everything the workforce dashboard counts, in one pass over each person's latest snapshot.
 * $1 departments in scope (null = all), $2 today.
 *
 * A person has gone when their latest confirmed `left` event is on or after their latest
 * snapshot (a later snapshot means they came back). Composition counts people still here;
 * attrition, TP and EOI shares are over everyone here at some point in the last 12 months.
 * The latest snapshot is found by an anti-join, which both cores can share; grade, department
 * and overall figures are sums of the department × grade cells.
 */
export const WORKFORCE_SQL = `
WITH latest AS (
  SELECT s.person_id, s.snapshot_date, s.department_code, s.grade_code, s.profession_code,
         s.region_code, s.seb_occupation
  FROM person_snapshot s
  WHERE NOT EXISTS (SELECT 1 FROM person_snapshot later
                    WHERE later.person_id = s.person_id AND later.snapshot_date > s.snapshot_date)
),
event AS (
  SELECT person_id,
         max(effective_date) FILTER (WHERE type = 'left') AS last_left,
         bool_or(type = 'temporary_promotion' AND effective_date > $2::date - 365) AS tp,
         bool_or(type = 'eoi_success' AND effective_date > $2::date - 365) AS eoi
  FROM career_event
  WHERE confirmed AND type IN ('left', 'temporary_promotion', 'eoi_success')
    AND effective_date <= $2::date
    AND (type = 'left' OR effective_date > $2::date - 365)
  GROUP BY person_id
),
person_row AS (
  SELECT ${sebGroupSql('l.seb_occupation')} AS seb_group,
         l.grade_code AS grade, l.department_code AS department,
         ${stated('l.profession_code')} AS profession, ${stated('l.region_code')} AS region,
         ${stated('a.gender')} AS gender, ${stated('a.ethnicity')} AS ethnicity,
         ${stated('a.disability')} AS disability,
         ${sexualOrientationGroupSql('a.sexual_orientation')} AS sexual_orientation,
         COALESCE(ev.last_left >= l.snapshot_date, false) AS gone,
         COALESCE(ev.last_left >= l.snapshot_date AND ev.last_left > $2::date - 365, false)
           AS leaver,
         COALESCE(ev.tp, false) AS tp, COALESCE(ev.eoi, false) AS eoi
  FROM latest l
  LEFT JOIN event ev ON ev.person_id = l.person_id
  LEFT JOIN person_answers a ON a.person_id = l.person_id
  WHERE $1::text[] IS NULL OR l.department_code = ANY($1::text[])
)
SELECT seb_group, grade, department, profession, region, gender, ethnicity, disability,
       sexual_orientation,
       count(*) FILTER (WHERE NOT gone)::int AS people,
       count(*) FILTER (WHERE NOT gone OR leaver)::int AS in_year,
       count(*) FILTER (WHERE leaver)::int AS leavers,
       count(*) FILTER (WHERE (NOT gone OR leaver) AND tp)::int AS temporary_promotions,
       count(*) FILTER (WHERE (NOT gone OR leaver) AND eoi)::int AS eoi_successes
FROM person_row
GROUP BY GROUPING SETS (
  (department, grade, seb_group), (profession, seb_group), (region, seb_group),
  (gender, seb_group), (ethnicity, seb_group), (disability, seb_group),
  (sexual_orientation, seb_group))`;
