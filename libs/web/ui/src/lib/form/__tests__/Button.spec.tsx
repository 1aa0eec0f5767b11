import { renderToStaticMarkup } from 'react-dom/server';
import { Button } from '../Button';

describe(Button.name, () => {
  it('renders a submit button', () => {
    expect(renderToStaticMarkup(<Button>Save and continue</Button>)).toBe(
      '<button type="submit" class="govuk-button" data-module="govuk-button">Save and continue</button>',
    );
  });

  it('adds the variant modifier', () => {
    expect(renderToStaticMarkup(<Button variant="secondary">Cancel</Button>)).toContain(
      'class="govuk-button govuk-button--secondary"',
    );
    expect(renderToStaticMarkup(<Button variant="warning">Delete</Button>)).toContain(
      'class="govuk-button govuk-button--warning"',
    );
  });

  it('marks a disabled button for assistive technology too', () => {
    expect(renderToStaticMarkup(<Button disabled>Save</Button>)).toBe(
      '<button type="submit" disabled="" aria-disabled="true" class="govuk-button" data-module="govuk-button">Save</button>',
    );
  });

  it('renders a start button as a link with the arrow icon', () => {
    const html = renderToStaticMarkup(
      <Button href="/start" isStartButton>
        Start now
      </Button>,
    );
    expect(html).toMatch(
      /^<a href="\/start" role="button" draggable="false" class="govuk-button govuk-button--start" data-module="govuk-button">Start now<svg class="govuk-button__start-icon"[^>]*aria-hidden="true" focusable="false">/,
    );
  });
});
