import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * After a client-side navigation, moves focus to the new page's main content, as a full page load
 * would reset it, so keyboard and screen reader users start at the new content. Focused the way
 * GOV.UK Frontend's skip link does it: focusable only until it loses focus, without an outline.
 */
export function useFocusMainOnNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main-content');
    if (!main) return;
    main.setAttribute('tabindex', '-1');
    main.classList.add('govuk-skip-link-focused-element');
    main.addEventListener(
      'blur',
      () => {
        main.removeAttribute('tabindex');
        main.classList.remove('govuk-skip-link-focused-element');
      },
      { once: true },
    );
    main.focus();
  }, [pathname]);
}
