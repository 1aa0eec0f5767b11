import { InsetText } from '@pathways/web-ui';
import { NOT_APPLICABLE, SUPPRESSED } from '../format/figures';

const RULES = {
  report: `A group with 1 to 9 people 12 months into the programme is withheld entirely. When only
    one group would be withheld, the next smallest group is withheld too, so that nobody can work
    out the hidden figures by taking the others away from the total. A comparison group of 1 to 9
    people is withheld in the same way.`,
  tables: `A cell counting 1 to 9 people is withheld, and so are enough other cells in its row or
    column that nobody can work out the hidden figure from the totals. Shares are never shown for a
    withheld count.`,
};

/** Why some cells show [c] (seb.md, Disclosure control), and what "–" means. */
export function SuppressionNote({ rules = 'report' }: { rules?: keyof typeof RULES }) {
  return (
    <InsetText>
      <p className="govuk-body">
        <strong>{SUPPRESSED}</strong> means a figure is withheld to protect people’s privacy.{' '}
        {RULES[rules].replace(/\s+/g, ' ')}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0">
        <strong>{NOT_APPLICABLE}</strong> means there is nothing to show: nobody to count yet,
        nobody answered, or a figure that cannot be worked out.
      </p>
    </InsetText>
  );
}
