const ENTRIES = [
  { href: '#overview', text: 'Overview' },
  { href: '#benchmarks', text: 'Against national benchmarks' },
  { href: '#composition', text: 'Composition by grade, department, profession and more' },
  { href: '#movement', text: 'Attrition, temporary promotions and EOIs' },
  { href: '#targets', text: 'Five-year targets' },
];

/** In-page links: plain anchors, which the router leaves to the browser. */
export function WorkforceContents() {
  return (
    <nav aria-label="Contents">
      <h2 className="govuk-heading-s">Contents</h2>
      <ul className="govuk-list">
        {ENTRIES.map((entry) => (
          <li key={entry.href}>
            <a className="govuk-link" href={entry.href}>
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
