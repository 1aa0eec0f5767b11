import { useLinkComponent } from '../link/useLinkComponent';

export interface PaginationProps {
  page: number;
  pages: number;
  /** The address of a page. */
  hrefOf: (page: number) => string;
}

/** GOV.UK pagination for long lists, previous and next only: such lists are read from the top. */
export function Pagination({ page, pages, hrefOf }: PaginationProps) {
  const Link = useLinkComponent();
  if (pages <= 1) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of results">
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" href={hrefOf(page - 1)} rel="prev">
            <span className="govuk-pagination__link-title">Previous page</span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">
              {page - 1} of {pages}
            </span>
          </Link>
        </div>
      )}
      {page < pages && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" href={hrefOf(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">Next page</span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">
              {page + 1} of {pages}
            </span>
          </Link>
        </div>
      )}
    </nav>
  );
}
