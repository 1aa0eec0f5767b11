import { renderToStaticMarkup } from 'react-dom/server';
import { EligibilityMessage } from '../EligibilityMessage';

describe(EligibilityMessage.name, () => {
  it('tells an eligible person so', () => {
    const html = renderToStaticMarkup(
      <EligibilityMessage eligibility={{ eligible: true, reasons: [] }} answeredBackground />,
    );
    expect(html).toContain('You are eligible to apply.');
  });

  it('lists every rule that said no, and links to the questions when unanswered', () => {
    const html = renderToStaticMarkup(
      <EligibilityMessage
        eligibility={{ eligible: false, reasons: ['First reason.', 'Second reason.'] }}
        answeredBackground={false}
      />,
    );
    expect(html).toContain('You are not eligible because:');
    expect(html).toContain('<li>First reason.</li><li>Second reason.</li>');
    expect(html).toContain('href="/questions"');
  });

  it('offers to review answers already given', () => {
    const html = renderToStaticMarkup(
      <EligibilityMessage eligibility={{ eligible: false, reasons: ['No.'] }} answeredBackground />,
    );
    expect(html).toContain('href="/questions/mine"');
    expect(html).not.toContain('href="/questions"');
  });
});
