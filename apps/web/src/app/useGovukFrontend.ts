import { initAll } from 'govuk-frontend';
import { useEffect, useRef } from 'react';

/**
 * Starts GOV.UK Frontend's JavaScript (skip link focus, navigation toggle) once the shell is in
 * the DOM. The ref keeps StrictMode's second effect run from initialising components twice.
 */
export function useGovukFrontend(): void {
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    initAll();
  }, []);
}
