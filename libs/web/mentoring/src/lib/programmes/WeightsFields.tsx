import { TextInput } from '@pathways/web-ui';
import { weightField, weightId, type EditSectionProps } from './programme-edit-draft';
import { WEIGHT_KEYS, WEIGHT_WORDING } from './scoring-weights';

/** Soft preferences: they rank the pairs the rules allow. */
export function WeightsFields({ draft, update, errors, role }: EditSectionProps) {
  return (
    <>
      <h2 className="govuk-heading-m">How suggested pairs are scored</h2>
      <p className="govuk-body">
        Among the pairs the rules allow, matching suggests those with the highest total score. Each
        weight is a number of 0 or more, such as 0.3: a higher weight counts for more, and 0 turns
        that preference off.
      </p>
      {WEIGHT_KEYS.map((key, index) => (
        <TextInput
          key={key}
          id={weightId(key)}
          name={weightId(key)}
          label={WEIGHT_WORDING[key].label}
          hint={WEIGHT_WORDING[key].hint.replace(/\bmentor\b/g, role)}
          width="4"
          inputMode="decimal"
          // The API names a bad weight only as matchingWeights: shown on the first one.
          errorMessage={
            errors[weightField(key)] ?? (index === 0 ? errors['matchingWeights'] : undefined)
          }
          value={draft.weights[key]}
          onChange={(value) => update({ weights: { ...draft.weights, [key]: value } })}
        />
      ))}
    </>
  );
}
