import type { VacancyEntity } from './vacancy.entity';
import type { Vacancy } from './vacancy.model';

/** The redirect route that records an application before sending the person on. */
export const applyLinkOf = (vacancyId: string) => `/api/vacancies/${vacancyId}/apply`;

export function vacancyModel(vacancy: VacancyEntity, viewerPersonId: string): Vacancy {
  return {
    id: vacancy.id,
    title: vacancy.title,
    summary: vacancy.summary,
    departmentCode: vacancy.departmentCode,
    gradeCodes: vacancy.gradeCodes,
    professionCode: vacancy.professionCode,
    regionCodes: vacancy.regionCodes,
    remote: vacancy.remote,
    workingPattern: vacancy.workingPattern,
    contractType: vacancy.contractType,
    closingDate: vacancy.closingDate,
    applyUrl: vacancy.applyUrl,
    applyContact: vacancy.applyContact,
    applyLink: vacancy.applyUrl ? applyLinkOf(vacancy.id) : null,
    category: vacancy.category,
    reservedForTalentScheme: vacancy.reservedForTalentScheme,
    talentScheme: vacancy.talentScheme,
    status: vacancy.status,
    publishedAt: vacancy.publishedAt,
    postedByMe: vacancy.ownerPersonId === viewerPersonId,
  };
}
