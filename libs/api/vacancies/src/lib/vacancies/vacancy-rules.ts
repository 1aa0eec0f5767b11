import { badInput } from '@pathways/api-core';

export interface VacancyDetails {
  regionCodes: readonly string[];
  remote: boolean;
  applyUrl: string | null;
  applyContact: string | null;
  reservedForTalentScheme: boolean;
  talentScheme: string | null;
  closingDate: string;
}

/** The rules a vacancy's details must keep, whether draft or open; the first broken one throws. */
export function checkVacancyDetails(details: VacancyDetails): void {
  if (details.regionCodes.length === 0 && !details.remote)
    throw badInput(
      'Choose at least one region, or say the role can be done remotely',
      'regionCodes',
    );
  if (!details.applyUrl && !details.applyContact?.trim())
    throw badInput('Give a link to apply or a contact to apply through', 'applyUrl');
  if (details.reservedForTalentScheme && !details.talentScheme?.trim())
    throw badInput('Name the talent scheme the role is reserved for', 'talentScheme');
  if (!details.reservedForTalentScheme && details.talentScheme?.trim())
    throw badInput('Only a reserved role names a talent scheme', 'talentScheme');
}

/** Publishing also needs a closing date that has not passed. */
export function checkPublishable(details: VacancyDetails, today: string): void {
  checkVacancyDetails(details);
  if (details.closingDate < today)
    throw badInput(`The closing date ${details.closingDate} has passed`, 'closingDate');
}
