import { renderToStaticMarkup } from 'react-dom/server';
import { attributesOf } from '../../../testing/attributes-of';
import { Select } from '../Select';

describe(Select.name, () => {
  it('renders a labelled select with its options and the chosen value', () => {
    const html = renderToStaticMarkup(
      <Select
        id="grade"
        name="grade"
        label="Grade"
        hint="Before the change"
        options={[
          { value: '', text: 'Select a grade' },
          { value: 'EO', text: 'Executive Officer' },
        ]}
        value="EO"
        onChange={() => undefined}
      />,
    );
    expect(html).toContain('<label class="govuk-label" for="grade">Grade</label>');
    expect(attributesOf(html, 'select', 'grade')).toMatchObject({
      class: 'govuk-select',
      'aria-describedby': 'grade-hint',
    });
    expect(html).toContain('<option value="EO" selected="">Executive Officer</option>');
  });

  it('marks an error', () => {
    const html = renderToStaticMarkup(
      <Select
        id="grade"
        name="grade"
        label="Grade"
        errorMessage="Select a grade"
        options={[]}
        value=""
        onChange={() => undefined}
      />,
    );
    expect(attributesOf(html, 'select', 'grade')).toMatchObject({
      class: 'govuk-select govuk-select--error',
      'aria-describedby': 'grade-error',
    });
  });
});
