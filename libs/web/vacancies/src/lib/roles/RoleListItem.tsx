import { Tag, useLinkComponent } from '@pathways/web-ui';
import { formatDate } from '../common/dates';
import { CATEGORY_LABELS } from '../common/labels';
import { nameOf, namesOf, type ReferenceData } from '../common/reference';
import { locationText, type VacancyView } from './vacancy-view';

/** One open role in the list: what, where, at which grades, and until when. */
export function RoleListItem({
  vacancy,
  reference,
}: {
  vacancy: VacancyView;
  reference: ReferenceData;
}) {
  const Link = useLinkComponent();
  return (
    <li className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        <Link href={`/vacancies/${vacancy.id}`} className="govuk-link">
          {vacancy.title}
        </Link>
      </h3>
      <p className="govuk-body govuk-!-margin-bottom-1">
        {nameOf(reference, 'departments', vacancy.departmentCode)}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        {namesOf(reference, 'grades', vacancy.gradeCodes).join(', ')} ·{' '}
        {locationText(vacancy, reference)} · Closes {formatDate(vacancy.closingDate)}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        <Tag colour="purple">{CATEGORY_LABELS[vacancy.category]}</Tag>
        {vacancy.reservedForTalentScheme && (
          <>
            {' '}
            <Tag colour="yellow">Reserved: {vacancy.talentScheme ?? 'talent scheme'}</Tag>
          </>
        )}
      </p>
    </li>
  );
}
