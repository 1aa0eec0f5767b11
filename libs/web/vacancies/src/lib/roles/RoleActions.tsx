import { useLinkComponent } from '@pathways/web-ui';
import { NETWORK_LEAD_ROLES, useHoldsAnyRole } from '../common/roles';
import { roleActionLinks } from './role-actions';
import type { VacancyView } from './vacancy-view';

/** The poster's and network leads' links for the role, if they have any. */
export function RoleActions({ vacancy }: { vacancy: VacancyView }) {
  const Link = useLinkComponent();
  const links = roleActionLinks(vacancy, useHoldsAnyRole(NETWORK_LEAD_ROLES));
  if (links.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">
        {vacancy.postedByMe ? 'You posted this role' : 'Share this role'}
      </h2>
      <ul className="govuk-list">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="govuk-link">
              {link.text}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
