import { renderToStaticMarkup } from 'react-dom/server';
import { Table } from '../Table';

describe(Table.name, () => {
  const html = renderToStaticMarkup(
    <Table
      caption="Mentoring pairs by grade"
      captionSize="m"
      head={[{ content: 'Grade' }, { content: 'Pairs', numeric: true }]}
      rows={[
        [{ content: 'EO' }, { content: '12', numeric: true }],
        [{ content: 'HEO' }, { content: '7', numeric: true }],
      ]}
      firstCellIsHeader
    />,
  );

  it('captions the table', () => {
    expect(html).toContain(
      '<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--m">Mentoring pairs by grade</caption>',
    );
  });

  it('gives column headers scope="col" and right-aligns numeric ones', () => {
    expect(html).toContain(
      '<thead class="govuk-table__head"><tr class="govuk-table__row">' +
        '<th scope="col" class="govuk-table__header">Grade</th>' +
        '<th scope="col" class="govuk-table__header govuk-table__header--numeric">Pairs</th></tr></thead>',
    );
  });

  it('makes the first cell a row header and marks numeric cells', () => {
    expect(html).toContain(
      '<tbody class="govuk-table__body"><tr class="govuk-table__row">' +
        '<th scope="row" class="govuk-table__header">EO</th>' +
        '<td class="govuk-table__cell govuk-table__cell--numeric">12</td></tr>',
    );
  });

  it('renders plain cells without a head or caption', () => {
    expect(renderToStaticMarkup(<Table rows={[[{ content: 'a' }]]} />)).toBe(
      '<table class="govuk-table"><tbody class="govuk-table__body"><tr class="govuk-table__row">' +
        '<td class="govuk-table__cell">a</td></tr></tbody></table>',
    );
  });
});
