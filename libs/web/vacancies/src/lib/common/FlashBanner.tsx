import { NotificationBanner } from '@pathways/web-ui';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { flashFrom } from './flash';

/**
 * The success message the previous page left in router state, shown once: the state is then
 * dropped from history, so reloading or coming back to the page does not repeat it.
 */
export function FlashBanner() {
  const location = useLocation();
  const navigate = useNavigate();
  const [flash] = useState(() => flashFrom(location.state));
  const carried = flashFrom(location.state) !== null;
  useEffect(() => {
    if (carried)
      void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [carried, location.pathname, location.search, navigate]);
  if (!flash) return null;
  return <NotificationBanner key={flash} type="success" heading={flash} />;
}
