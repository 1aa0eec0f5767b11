import { renderToStaticMarkup } from 'react-dom/server';
import { attributesOf } from '../../../testing/attributes-of';
import { Checkboxes } from '../Checkboxes';

const items = [
  { value: 'london', text: 'London', hint: 'Including Croydon' },
  { value: 'york', text: 'York' },
];

describe(Checkboxes.name, () => {
  it('renders checkboxes in a fieldset, the first with the bare id', () => {
    const html = renderToStaticMarkup(
      <Checkboxes name="locations" legend="Where can you work?" items={items} />,
    );
    expect(html).toContain(
      '<fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend">Where can you work?</legend>' +
        '<div class="govuk-checkboxes" data-module="govuk-checkboxes">',
    );
    expect(attributesOf(html, 'input', 'locations')).toEqual({
      class: 'govuk-checkboxes__input',
      id: 'locations',
      name: 'locations',
      type: 'checkbox',
      value: 'london',
      'aria-describedby': 'locations-item-hint',
    });
    expect(html).toContain(
      '<div id="locations-item-hint" class="govuk-hint govuk-checkboxes__hint">Including Croydon</div>',
    );
    expect(html).toContain(
      '<label class="govuk-label govuk-checkboxes__label" for="locations-2">York</label>',
    );
  });

  it('shows an error on the group and wires it to the fieldset', () => {
    const html = renderToStaticMarkup(
      <Checkboxes
        name="locations"
        legend="Where?"
        errorMessage="Select at least one location"
        items={items}
      />,
    );
    expect(html).toContain(
      '<div class="govuk-form-group govuk-form-group--error"><fieldset class="govuk-fieldset" aria-describedby="locations-error">',
    );
    expect(html).toContain(
      '<p id="locations-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Select at least one location</p>',
    );
  });

  it('checks each selected value', () => {
    const html = renderToStaticMarkup(
      <Checkboxes name="locations" legend="Where?" items={items} values={['york']} small />,
    );
    expect(html).toContain('<div class="govuk-checkboxes govuk-checkboxes--small"');
    expect(attributesOf(html, 'input', 'locations-2')).toHaveProperty('checked');
    expect(attributesOf(html, 'input', 'locations')).not.toHaveProperty('checked');
  });
});
