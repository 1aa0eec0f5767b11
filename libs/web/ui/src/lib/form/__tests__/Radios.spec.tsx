import { renderToStaticMarkup } from 'react-dom/server';
import { attributesOf } from '../../../testing/attributes-of';
import { Radios } from '../Radios';

const items = [
  { value: 'mentor', text: 'Mentor', hint: 'You will support someone' },
  { value: 'mentee', text: 'Mentee' },
];

describe(Radios.name, () => {
  it('groups the radios in a fieldset whose legend can be the page heading', () => {
    const html = renderToStaticMarkup(
      <Radios name="role" legend="Which role do you want?" legendIsPageHeading items={items} />,
    );
    expect(html).toContain(
      '<div class="govuk-form-group"><fieldset class="govuk-fieldset">' +
        '<legend class="govuk-fieldset__legend govuk-fieldset__legend--l">' +
        '<h1 class="govuk-fieldset__heading">Which role do you want?</h1></legend>' +
        '<div class="govuk-radios" data-module="govuk-radios">',
    );
  });

  it('gives the first radio the bare id so an error summary can link to it', () => {
    const html = renderToStaticMarkup(<Radios name="role" legend="Role" items={items} />);
    expect(attributesOf(html, 'input', 'role')).toMatchObject({
      class: 'govuk-radios__input',
      name: 'role',
      type: 'radio',
      value: 'mentor',
    });
    expect(attributesOf(html, 'input', 'role-2')).toEqual({
      class: 'govuk-radios__input',
      id: 'role-2',
      name: 'role',
      type: 'radio',
      value: 'mentee',
    });
    expect(html).toContain(
      '<label class="govuk-label govuk-radios__label" for="role-2">Mentee</label>',
    );
  });

  it('describes a radio by its own hint', () => {
    const html = renderToStaticMarkup(<Radios name="role" legend="Role" items={items} />);
    expect(attributesOf(html, 'input', 'role')['aria-describedby']).toBe('role-item-hint');
    expect(html).toContain(
      '<div id="role-item-hint" class="govuk-hint govuk-radios__hint">You will support someone</div>',
    );
  });

  it('describes the fieldset by the group hint and error message', () => {
    const html = renderToStaticMarkup(
      <Radios
        name="role"
        legend="Role"
        hint="Choose one"
        errorMessage="Select a role"
        items={items}
      />,
    );
    expect(html).toContain(
      '<div class="govuk-form-group govuk-form-group--error"><fieldset class="govuk-fieldset" aria-describedby="role-hint role-error">',
    );
    expect(html).toContain(
      '</legend><div id="role-hint" class="govuk-hint">Choose one</div>' +
        '<p id="role-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Select a role</p>',
    );
  });

  it('checks the selected value', () => {
    const html = renderToStaticMarkup(
      <Radios name="role" legend="Role" items={items} value="mentee" />,
    );
    expect(attributesOf(html, 'input', 'role-2')).toHaveProperty('checked');
    expect(attributesOf(html, 'input', 'role')).not.toHaveProperty('checked');
  });
});
