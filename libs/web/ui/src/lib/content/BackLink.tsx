import { useLinkComponent } from '../link/useLinkComponent';
import { classNames } from '../utils/class-names';

export interface BackLinkProps {
  href: string;
  text?: string;
  inverse?: boolean;
}

export function BackLink({ href, text = 'Back', inverse = false }: BackLinkProps) {
  const Link = useLinkComponent();
  return (
    <Link
      href={href}
      className={classNames('govuk-back-link', inverse && 'govuk-back-link--inverse')}
    >
      {text}
    </Link>
  );
}
