import { SummaryList } from '@pathways/web-ui';
import { eligibilityRows, matchingRows, programmeRows, type RulesLike } from './rules-summary';

/** A programme's (or preset's) rules in words, under three headings. */
export function RulesSummary({
  rules,
  headingLevel = 2,
}: {
  rules: RulesLike;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  const size = headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s';
  const role = rules.type === 'sponsorship' ? 'sponsors' : 'mentors';
  return (
    <>
      <Heading className={size}>The programme</Heading>
      <SummaryList rows={programmeRows(rules)} />
      <Heading className={size}>Who can apply</Heading>
      <SummaryList rows={eligibilityRows(rules)} />
      <Heading className={size}>How {role} are matched</Heading>
      <SummaryList rows={matchingRows(rules)} />
    </>
  );
}
