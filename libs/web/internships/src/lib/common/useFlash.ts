import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { flashFrom } from './flash';

/**
 * The success message the previous page passed, shown once: it is dropped from the history
 * entry, so reloading or coming back to the page does not show it again.
 */
export function useFlash(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [flash] = useState(() => flashFrom(location.state));
  const pending = flashFrom(location.state) !== null;
  useEffect(() => {
    if (pending) {
      void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    }
  }, [pending, navigate, location.pathname, location.search]);
  return flash;
}
