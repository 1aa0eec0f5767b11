export interface SkipLinkProps {
  href?: string;
  text?: string;
}

// A plain anchor, never a router link: it moves focus within the page.
export function SkipLink({ href = '#main-content', text = 'Skip to main content' }: SkipLinkProps) {
  return (
    <a href={href} className="govuk-skip-link" data-module="govuk-skip-link">
      {text}
    </a>
  );
}
