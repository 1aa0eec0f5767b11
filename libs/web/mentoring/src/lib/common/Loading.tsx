export function Loading({ what = 'page' }: { what?: string }) {
  return (
    <p className="govuk-body" role="status">
      Loading {what}…
    </p>
  );
}
