import { SummaryList } from '@pathways/web-ui';
import {
  eligibilityRows,
  matchingRows,
  programmeRows,
  weightRows,
  type RulesLike,
} from './rules-summary';

/** A programme's (or preset's) rules in words, under a heading each. */
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
      {rules.matchingWeights && (
        <>
          <Heading className={size}>How suggested pairs are scored</Heading>
          <p className="govuk-body">
            Among pairs the rules allow, higher weights count for more. 0 turns a preference off.
          </p>
          <SummaryList rows={weightRows(rules.matchingWeights)} />
        </>
      )}
    </>
  );
}
