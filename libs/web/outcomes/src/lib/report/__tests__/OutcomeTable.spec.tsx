import { renderToStaticMarkup } from 'react-dom/server';
import { OutcomeTable } from '../OutcomeTable';
import { LOWER, WITHHELD } from './fixtures';

describe(OutcomeTable.name, () => {
  const html = renderToStaticMarkup(<OutcomeTable asOf="2026-06-30" groups={[LOWER, WITHHELD]} />);

  it('captions the table with the report date, in a focusable scrolling region', () => {
    expect(html).toContain(
      'Progression within 12 months by socio-economic background, as of 30 June 2026',
    );
    expect(html).toMatch(/^<div role="region" aria-label="Progression within[^"]*" tabindex="0"/);
  });

  it('shows the withheld group first, in report order, as [c] throughout', () => {
    const rows = html.split('<tr class="govuk-table__row">').slice(2);
    expect(rows[0]).toContain('Higher (professional)');
    expect(rows[0].match(/\[c\]/g)).toHaveLength(7);
    expect(rows[1]).toContain('12.6% (135 of 1,074)');
    expect(rows[1]).toContain('27.8% to 40.0%');
  });
});
