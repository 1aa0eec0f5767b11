export interface LoadingProps {
  /** What is loading, as in "Loading the outcome report…". */
  what?: string;
}

/** A status message while data loads; announced politely by screen readers. */
export function Loading({ what = 'page' }: LoadingProps) {
  return (
    <p className="govuk-body" role="status">
      Loading {what}…
    </p>
  );
}
