import { renderToStaticMarkup } from 'react-dom/server';
import { attributesOf } from '../../../testing/attributes-of';
import { TextInput } from '../TextInput';

describe(TextInput.name, () => {
  it('renders a labelled input in a form group', () => {
    const html = renderToStaticMarkup(
      <TextInput id="full-name" name="fullName" label="Full name" />,
    );
    expect(html).toMatch(
      /^<div class="govuk-form-group"><label class="govuk-label" for="full-name">Full name<\/label><input [^>]*\/><\/div>$/,
    );
    expect(attributesOf(html, 'input', 'full-name')).toEqual({
      class: 'govuk-input',
      id: 'full-name',
      name: 'fullName',
      type: 'text',
    });
  });

  it('describes the input by its hint and then its error message', () => {
    const html = renderToStaticMarkup(
      <TextInput
        id="ni"
        name="ni"
        label="National Insurance number"
        hint="For example, QQ 12 34 56 C"
        errorMessage="Enter a National Insurance number"
      />,
    );
    expect(html).toContain(
      '<div class="govuk-form-group govuk-form-group--error">' +
        '<label class="govuk-label" for="ni">National Insurance number</label>' +
        '<div id="ni-hint" class="govuk-hint">For example, QQ 12 34 56 C</div>' +
        '<p id="ni-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter a National Insurance number</p>' +
        '<input ',
    );
    expect(attributesOf(html, 'input', 'ni')).toMatchObject({
      class: 'govuk-input govuk-input--error',
      'aria-describedby': 'ni-hint ni-error',
    });
  });

  it('wraps the label in the h1 when it is the page heading', () => {
    const html = renderToStaticMarkup(
      <TextInput
        id="email"
        name="email"
        label="What is your email address?"
        labelIsPageHeading
        labelSize="l"
      />,
    );
    expect(html).toContain(
      '<h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l" for="email">What is your email address?</label></h1>',
    );
  });

  it('passes width, autocomplete and spellcheck through', () => {
    const html = renderToStaticMarkup(
      <TextInput
        id="postcode"
        name="postcode"
        label="Postcode"
        width="10"
        autoComplete="postal-code"
        spellCheck={false}
      />,
    );
    expect(attributesOf(html, 'input', 'postcode')).toMatchObject({
      class: 'govuk-input govuk-input--width-10',
      autoComplete: 'postal-code',
      spellCheck: 'false',
    });
  });
});
