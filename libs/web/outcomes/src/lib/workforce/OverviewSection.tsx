import { SummaryList } from '@pathways/web-ui';
import { countText, percentOrNothing } from '../format/figures';
import { compositionCells, type CompositionRowLike } from './composition-rows';

/** Everyone in scope: how many, how many declared, and the three groups' shares. */
export function OverviewSection({ overall }: { overall: CompositionRowLike }) {
  const cells = compositionCells(overall);
  return (
    <section aria-labelledby="overview">
      <h2 className="govuk-heading-l" id="overview">
        Overview
      </h2>
      <SummaryList
        rows={[
          { key: 'People', value: countText(overall.total) },
          { key: 'Declaration rate', value: cells.declarationRate },
          {
            key: 'Higher (professional) background',
            value: percentOrNothing(overall.professionalShare),
          },
          { key: 'Intermediate background', value: percentOrNothing(overall.intermediateShare) },
          { key: 'Lower background', value: percentOrNothing(overall.lowerShare) },
        ]}
      />
      <p className="govuk-body">
        Shares are of the people whose background can be classified from their answer about the
        occupation of their main household earner at about age 14. The declaration rate is the share
        of everyone who gave such an answer.
      </p>
    </section>
  );
}
