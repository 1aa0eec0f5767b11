import { AuthenticatedUser, forbidden, hasRole, notFound, Role } from '@pathways/api-core';
import type { EntityManager } from 'typeorm';
import { VacancyEntity } from './vacancy.entity';

/** Who may post accelerator vacancies. */
export const POSTER_ROLES: Role[] = ['network_lead', 'programme_lead', 'admin'];

export const ownsVacancy = (user: AuthenticatedUser, vacancy: VacancyEntity) =>
  vacancy.ownerPersonId === user.personId || hasRole(user, 'admin');

/** The vacancy, row-locked for the caller's transaction, if the caller owns it (or is an admin). */
export async function ownedVacancyForUpdate(
  manager: EntityManager,
  user: AuthenticatedUser,
  id: string,
): Promise<VacancyEntity> {
  const vacancy = await manager
    .getRepository(VacancyEntity)
    .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!vacancy) throw notFound('No such vacancy');
  if (!ownsVacancy(user, vacancy)) throw forbidden('Only the person who posted it can change it.');
  return vacancy;
}
