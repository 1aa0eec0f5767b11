import { NotificationBanner } from '@pathways/web-ui';
import { useLocation } from 'react-router-dom';
import { flashFrom } from './flash';

/** The success message the previous page left in router state, if any. */
export function FlashBanner({ hidden = false }: { hidden?: boolean }) {
  const flash = flashFrom(useLocation().state);
  if (!flash || hidden) return null;
  return <NotificationBanner key={flash} type="success" heading={flash} />;
}
