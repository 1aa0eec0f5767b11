import { useLinkComponent } from '@pathways/web-ui';
import { useLocation } from 'react-router-dom';
import { useCurrentUser } from '../session/useCurrentUser';
import { navigationItems } from './navigation-items';
import './sign-out-button.css';
import { useSignOut } from './useSignOut';
import { useUnreadCount } from './useUnreadCount';

/**
 * GOV.UK service navigation for the header: links by role, and sign out. It appears after the
 * shell started GOV.UK Frontend, so it has no collapsing menu toggle: the few links always show.
 */
export function AccountNavigation() {
  const Link = useLinkComponent();
  const { pathname } = useLocation();
  const { loading, user } = useCurrentUser();
  const { signOut, signingOut } = useSignOut();
  const count = useUnreadCount(user !== null);
  if (loading) return null;
  const items = navigationItems(user !== null, user?.roles ?? [], pathname, count);
  return (
    <div className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => (
                <li
                  key={item.href}
                  className={`govuk-service-navigation__item${item.current ? ' govuk-service-navigation__item--active' : ''}`}
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
              {user && (
                <li className="govuk-service-navigation__item">
                  <button
                    type="button"
                    className="govuk-service-navigation__link app-sign-out-button"
                    disabled={signingOut}
                    onClick={() => void signOut()}
                  >
                    Sign out
                  </button>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}
