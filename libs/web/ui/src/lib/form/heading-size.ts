/** GOV.UK size modifiers for labels and legends (govuk-label--l, govuk-fieldset__legend--l…). */
export type HeadingSize = 's' | 'm' | 'l' | 'xl';
