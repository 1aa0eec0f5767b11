import type { LinkComponentProps } from '@pathways/web-ui';
import { Link } from 'react-router-dom';

/** Paths of this app navigate without a page load; other sites, mailto: and #fragments stay plain. */
export function RouterLink({ href, ...rest }: LinkComponentProps) {
  if (!href.startsWith('/') || href.startsWith('//')) return <a href={href} {...rest} />;
  return <Link to={href} {...rest} />;
}
