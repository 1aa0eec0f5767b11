import type { FanoutAudience } from './alert-fanout.entity';

/** Does alert rule r match vacancy v? An empty list on a criterion matches anything. */
export const RULE_MATCHES_VACANCY = `
  (r.in_app OR r.email)
  AND (cardinality(r.grade_codes) = 0 OR r.grade_codes && v.grade_codes)
  AND (cardinality(r.profession_codes) = 0 OR v.profession_code = ANY (r.profession_codes))
  AND (cardinality(r.region_codes) = 0 OR v.remote OR r.region_codes && v.region_codes)
  AND (cardinality(r.department_codes) = 0 OR v.department_code = ANY (r.department_codes))
  AND (cardinality(r.keywords) = 0 OR EXISTS (
    SELECT 1 FROM unnest(r.keywords) AS k(word)
    WHERE strpos(lower(v.title || ' ' || v.summary), k.word) > 0))`;

const IN_RANGE = (column: string) =>
  `($3::uuid IS NULL OR ${column} >= $3::uuid) AND ($4::uuid IS NULL OR ${column} < $4::uuid)`;

// No networks ($2 empty) means everyone's rules: a publish rather than a broadcast.
const IN_NETWORKS = (column: string) => `(cardinality($2::uuid[]) = 0 OR EXISTS (
  SELECT 1 FROM network_membership m WHERE m.person_id = ${column} AND m.network_id = ANY ($2::uuid[])))`;

/** Channels of the rules that match: a rule's timing follows its delivery. */
const MATCHING_CHANNELS = `
    SELECT r.person_id, c.channel,
           CASE r.delivery WHEN 'instant' THEN 'instant' ELSE 'digest' END AS timing, r.id AS rule_id
    FROM vacancy v
    JOIN alert_rule r ON ${IN_RANGE('r.person_id')}
    CROSS JOIN LATERAL (VALUES ('in_app', r.in_app), ('email', r.email)) AS c(channel, wanted)
    WHERE v.id = $1 AND c.wanted AND ${RULE_MATCHES_VACANCY} AND ${IN_NETWORKS('r.person_id')}`;

/** Every member, in-app; by e-mail too if they have asked for vacancy e-mails in any rule. */
const ALL_MEMBER_CHANNELS = `
  SELECT m.person_id, c.channel, 'instant' AS timing, NULL::uuid AS rule_id
  FROM vacancy v
  JOIN (SELECT DISTINCT person_id FROM network_membership
        WHERE network_id = ANY ($2::uuid[]) AND ${IN_RANGE('person_id')}) AS m ON v.id = $1
  CROSS JOIN LATERAL (VALUES
    ('in_app', true),
    ('email', EXISTS (SELECT 1 FROM alert_rule r WHERE r.person_id = m.person_id AND r.email))
  ) AS c(channel, wanted)
  WHERE c.wanted`;

/**
 * One row per (person, channel) a fan-out alerts, for people in the range [$3, $4):
 * $1 vacancy id, $2 network ids (empty: everyone's rules). An instant rule wins over a digest
 * rule for the same channel; people erased, or without an address for e-mail, are left out.
 */
export function recipientChannelsSql(audience: FanoutAudience): string {
  const channels = audience === 'all' ? ALL_MEMBER_CHANNELS : MATCHING_CHANNELS;
  return `
    SELECT DISTINCT ON (c.person_id, c.channel) c.person_id, c.channel, c.timing, c.rule_id
    FROM (${channels}) AS c
    JOIN person p ON p.id = c.person_id
    WHERE p.erased_at IS NULL AND (c.channel = 'in_app' OR p.email IS NOT NULL)
    ORDER BY c.person_id, c.channel, (c.timing = 'instant') DESC, c.rule_id`;
}

/** Everyone a fan-out may reach (a superset: chunks drop the erased and address-less). */
function candidatesSql(audience: FanoutAudience): string {
  return audience === 'all'
    ? `SELECT DISTINCT person_id FROM network_membership
       WHERE network_id = ANY ($2::uuid[]) AND ${IN_RANGE('person_id')} AND $1::uuid IS NOT NULL`
    : `SELECT DISTINCT r.person_id FROM vacancy v JOIN alert_rule r ON ${IN_RANGE('r.person_id')}
       WHERE v.id = $1 AND ${RULE_MATCHES_VACANCY} AND ${IN_NETWORKS('r.person_id')}`;
}

/** The first person id of every chunk of $5 people, and how many people in all. */
export function chunkStartsSql(audience: FanoutAudience): string {
  return `
    SELECT person_id, n, total FROM (
      SELECT person_id, row_number() OVER (ORDER BY person_id) AS n, count(*) OVER () AS total
      FROM (${candidatesSql(audience)}) AS people
    ) AS numbered
    WHERE n % $5 = 1`;
}
