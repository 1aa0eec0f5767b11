import { useLinkComponent } from '@pathways/web-ui';
import {
  FUNNEL_TOTAL_ROLES,
  POSTER_ROLES,
  RESERVED_SHARE_ROLES,
  useHoldsAnyRole,
} from '../common/roles';

/** Where to go from the list: alerts for everyone, posting for posters, totals for analysts. */
export function RolesActions() {
  const Link = useLinkComponent();
  const poster = useHoldsAnyRole(POSTER_ROLES);
  const analyst = useHoldsAnyRole(FUNNEL_TOTAL_ROLES);
  const seesReservedShares = useHoldsAnyRole(RESERVED_SHARE_ROLES);
  return (
    <ul className="govuk-list">
      <li>
        <Link href="/vacancies/alerts" className="govuk-link">
          Get alerts when new roles match what you are looking for
        </Link>
      </li>
      {poster && (
        <>
          <li>
            <Link href="/vacancies/new" className="govuk-link">
              Post an accelerator role
            </Link>
          </li>
          <li>
            <Link href="/vacancies/posted" className="govuk-link">
              Roles you posted
            </Link>
          </li>
        </>
      )}
      {analyst && (
        <li>
          <Link href="/vacancies/funnel" className="govuk-link">
            Who hears about, applies for and gets accelerator roles
          </Link>
        </li>
      )}
      {seesReservedShares && (
        <li>
          <Link href="/vacancies/reserved-share" className="govuk-link">
            Roles reserved for talent schemes, by department
          </Link>
        </li>
      )}
    </ul>
  );
}
