import type { LeadCohortSummaryFragment } from '@pathways/web-graphql';
import { Table, Tag, useLinkComponent } from '@pathways/web-ui';
import { formatDate, isoToday } from '../vocabulary/dates';
import { cohortWindowTag } from '../vocabulary/status';

export function CohortsTable({ cohorts }: { cohorts: readonly LeadCohortSummaryFragment[] }) {
  const Link = useLinkComponent();
  const today = isoToday();
  return (
    <Table
      caption="Cohorts"
      captionSize="m"
      firstCellIsHeader
      head={[
        { content: 'Cohort' },
        { content: 'Applications open' },
        { content: 'Applications close' },
        { content: 'Starts' },
        { content: 'Status' },
      ]}
      rows={cohorts.map((cohort) => {
        const tag = cohortWindowTag(cohort, today);
        return [
          {
            content: (
              <Link href={`/programmes/cohorts/${cohort.id}`} className="govuk-link">
                {cohort.name}
                <span className="govuk-visually-hidden"> ({cohort.code})</span>
              </Link>
            ),
          },
          { content: formatDate(cohort.applicationsOpen) },
          { content: formatDate(cohort.applicationsClose) },
          { content: formatDate(cohort.startDate) },
          { content: <Tag colour={tag.colour}>{tag.text}</Tag> },
        ];
      })}
    />
  );
}
