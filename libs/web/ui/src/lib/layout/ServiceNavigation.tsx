import { useLinkComponent } from '../link/useLinkComponent';
import { classNames } from '../utils/class-names';

export interface ServiceNavigationItem {
  href: string;
  text: string;
  /** The page being shown is this item's page. */
  current?: boolean;
}

export interface ServiceNavigationProps {
  items: ServiceNavigationItem[];
  label?: string;
  navigationId?: string;
}

export function ServiceNavigation({
  items,
  label = 'Menu',
  navigationId = 'navigation',
}: ServiceNavigationProps) {
  const Link = useLinkComponent();
  return (
    <div className="govuk-service-navigation" data-module="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label={label} className="govuk-service-navigation__wrapper">
            {items.length > 1 && (
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={navigationId}
                hidden
                aria-hidden="true"
              >
                {label}
              </button>
            )}
            <ul className="govuk-service-navigation__list" id={navigationId}>
              {items.map((item) => (
                <li
                  key={item.href}
                  className={classNames(
                    'govuk-service-navigation__item',
                    item.current && 'govuk-service-navigation__item--active',
                  )}
                >
                  <Link
                    className="govuk-service-navigation__link"
                    href={item.href}
                    aria-current={item.current ? 'page' : undefined}
                  >
                    {item.current ? (
                      <strong className="govuk-service-navigation__active-fallback">
                        {item.text}
                      </strong>
                    ) : (
                      item.text
                    )}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}
