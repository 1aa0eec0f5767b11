import { useLinkComponent } from '../link/useLinkComponent';

export interface HeaderProps {
  serviceName: string;
  serviceUrl: string;
}

/** The generic header: Pathways is a Civil Service service, not part of GOV.UK itself. */
export function Header({ serviceName, serviceUrl }: HeaderProps) {
  const Link = useLinkComponent();
  return (
    <div className="govuk-generic-header">
      <div className="govuk-generic-header__container govuk-width-container">
        <div className="govuk-generic-header__logo">
          <Link href={serviceUrl} className="govuk-generic-header__homepage-link">
            {serviceName}
          </Link>
        </div>
      </div>
    </div>
  );
}
