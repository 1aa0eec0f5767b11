import { renderToStaticMarkup } from 'react-dom/server';
import { attributesOf } from '../../../testing/attributes-of';
import { formErrors } from '../form-errors';
import { Textarea } from '../Textarea';

describe(Textarea.name, () => {
  it('links its hint and error to the textarea', () => {
    const html = renderToStaticMarkup(
      <Textarea
        id="how"
        name="how"
        label="How to apply"
        hint="A link or a contact"
        errorMessage="Enter how to apply"
        value=""
        onChange={() => undefined}
      />,
    );
    expect(attributesOf(html, 'textarea', 'how')).toMatchObject({
      class: 'govuk-textarea govuk-textarea--error',
      'aria-describedby': 'how-hint how-error',
    });
    expect(html).toContain('govuk-form-group govuk-form-group--error');
  });

  it('puts its label in the page heading for a one-question page', () => {
    const html = renderToStaticMarkup(
      <Textarea
        id="reason"
        name="reason"
        label="Why are you ending this relationship?"
        labelSize="l"
        labelIsPageHeading
        rows={3}
        value=""
        onChange={() => undefined}
      />,
    );
    expect(html).toContain(
      '<h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l" for="reason">Why are you ending this relationship?</label></h1>',
    );
    expect(attributesOf(html, 'textarea', 'reason')).toMatchObject({ rows: '3' });
    expect(html).not.toContain('aria-describedby');
  });
});

describe(formErrors.name, () => {
  it('keeps the first problem of each field and links unknown fields to the fallback', () => {
    const errors = formErrors(
      [
        { field: 'title', message: 'Enter a title' },
        { field: 'title', message: 'Title too long' },
        { field: null, message: 'Something else' },
      ],
      { title: 'title-input', other: 'other-input' },
      'other',
    );
    expect(errors.summary).toEqual([
      { href: '#title-input', text: 'Enter a title' },
      { href: '#other-input', text: 'Something else' },
    ]);
    expect(errors.byField).toEqual({ title: 'Enter a title', other: 'Something else' });
  });

  it('links a problem about a field the form does not show to the fallback', () => {
    const errors = formErrors(
      [{ field: 'answers.0.code', message: 'Not an answer' }],
      { title: 'title-input', other: 'other-input' },
      'other',
    );
    expect(errors.summary).toEqual([{ href: '#other-input', text: 'Not an answer' }]);
    expect(errors.byField).toEqual({ other: 'Not an answer' });
  });
});
