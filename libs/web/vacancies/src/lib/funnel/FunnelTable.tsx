import type { VacancyFunnelFieldsFragment } from '@pathways/web-graphql';
import { InsetText, ScrollableTable, Table } from '@pathways/web-ui';
import {
  anySuppressed,
  FUNNEL_GROUP_ORDER,
  funnelGroupLabel,
  funnelRows,
  SUPPRESSED,
} from './funnel-table';

/** alerted → viewed → applied → appointed by SEB group: people, never a share of a withheld count. */
export function FunnelTable({
  funnel,
  caption,
}: {
  funnel: VacancyFunnelFieldsFragment;
  caption: string;
}) {
  const rows = funnelRows(funnel);
  return (
    <>
      <ScrollableTable label={caption}>
        <Table
          caption={caption}
          captionSize="m"
          firstCellIsHeader
          head={[
            { content: 'Stage' },
            ...FUNNEL_GROUP_ORDER.map((group) => ({
              content: funnelGroupLabel(group),
              numeric: true,
            })),
          ]}
          rows={rows.map((row) => [
            { content: row.label },
            ...row.cells.map((cell) => ({ content: cell.text, numeric: true })),
          ])}
        />
      </ScrollableTable>
      <InsetText>
        <p className="govuk-body">
          Each stage counts people: alerted about the role, opened it, applied (they said so or
          followed the apply link), and appointed (recorded by whoever posted it). Socio-economic
          background comes from people’s own answers; people who have not answered count as not
          classifiable.
        </p>
        {anySuppressed(rows) && (
          <p className="govuk-body govuk-!-margin-bottom-0">
            <strong>{SUPPRESSED}</strong> means a figure is withheld to protect people’s privacy: a
            count of 1 to 9 people, or another count that would let someone work it out from the
            total.
          </p>
        )}
      </InsetText>
    </>
  );
}
