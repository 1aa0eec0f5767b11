import { useAcceleratorRoleQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Loading,
  PreservedText,
  SummaryList,
  Tag,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { FlashBanner } from '../common/FlashBanner';
import { CATEGORY_LABELS, STATUS_TAGS } from '../common/labels';
import { QueryProblem } from '../common/QueryProblem';
import { useReferenceData } from '../common/useReferenceData';
import { HowToApply } from './HowToApply';
import { RoleActions } from './RoleActions';
import { useRecordView } from './useRecordView';
import { vacancyFacts } from './vacancy-view';

export function AcceleratorRolePage() {
  const { vacancyId = '' } = useParams();
  const { data, error } = useAcceleratorRoleQuery({
    variables: { input: { vacancyId } },
    fetchPolicy: 'cache-and-network',
  });
  const { reference, error: referenceError } = useReferenceData();
  const vacancy = data?.acceleratorRole;
  useDocumentTitle(vacancy?.title ?? 'Accelerator role');
  // The poster looking at their own role is not part of its funnel.
  useRecordView(
    vacancyId,
    vacancy !== undefined && vacancy.status !== 'draft' && !vacancy.postedByMe,
  );
  if (error || referenceError)
    return <QueryProblem error={error ?? referenceError} who="its poster" />;
  if (!vacancy || !reference) return <Loading what="the role" />;

  return (
    <>
      <BackLink href="/vacancies" text="All accelerator roles" />
      <FlashBanner />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{CATEGORY_LABELS[vacancy.category]}</span>
          <h1 className="govuk-heading-l">{vacancy.title}</h1>
          {vacancy.status !== 'open' && (
            <p className="govuk-body">
              <Tag colour={STATUS_TAGS[vacancy.status].colour}>
                {STATUS_TAGS[vacancy.status].text}
              </Tag>
            </p>
          )}
          {vacancy.summary && (
            <p className="govuk-body">
              <PreservedText text={vacancy.summary} />
            </p>
          )}
          <SummaryList
            rows={vacancyFacts(vacancy, reference).map(({ key, value }) => ({ key, value }))}
          />
          <RoleActions vacancy={vacancy} />
          <HowToApply vacancy={vacancy} />
        </div>
      </div>
    </>
  );
}
