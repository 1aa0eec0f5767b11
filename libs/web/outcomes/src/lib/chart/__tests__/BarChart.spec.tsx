import { renderToStaticMarkup } from 'react-dom/server';
import { BarChart } from '../BarChart';

describe(BarChart.name, () => {
  const html = renderToStaticMarkup(
    <BarChart
      id="demo"
      title="Progression"
      description="Lower: participants 34.0%."
      series={[
        { name: 'Participants', variant: 'solid' },
        { name: 'Comparison group', variant: 'outline' },
      ]}
      rows={[
        {
          label: 'Lower',
          cells: [
            { kind: 'bar', value: 0.34, low: 0.28, high: 0.4 },
            { kind: 'bar', value: 0.13 },
          ],
        },
        {
          label: 'Higher',
          cells: [
            { kind: 'note', text: '[c] withheld' },
            { kind: 'note', text: '[c] withheld' },
          ],
        },
      ]}
      axisLabel="Progressed within 12 months"
    />,
  );

  it('is one image named by its title and described in words', () => {
    expect(html).toMatch(/^<svg role="img" aria-labelledby="demo-title demo-desc"/);
    expect(html).toContain('<title id="demo-title">Progression</title>');
    expect(html).toContain('<desc id="demo-desc">Lower: participants 34.0%.</desc>');
  });

  it('labels the axis, the rows, the values and the withheld groups', () => {
    expect(html).toContain('Progressed within 12 months');
    expect(html).toContain('>40%</text>');
    expect(html).toContain('>Lower</text>');
    expect(html).toContain('>34.0%</text>');
    expect(html).toContain('>13.0%</text>');
    expect(html).toContain('>Participants: [c] withheld</text>');
    expect(html).toContain('95% interval');
  });
});
