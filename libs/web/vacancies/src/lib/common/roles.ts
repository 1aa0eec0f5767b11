import { useCurrentUserQuery } from '@pathways/web-graphql';

/** Who may post accelerator vacancies (the API's POSTER_ROLES). */
export const POSTER_ROLES = ['network_lead', 'programme_lead', 'admin'] as const;
export const NETWORK_LEAD_ROLES = ['network_lead', 'admin'] as const;
export const FUNNEL_TOTAL_ROLES = ['analyst', 'admin'] as const;
export const RESERVED_SHARE_ROLES = ['network_lead', 'programme_lead', 'analyst', 'admin'] as const;

export function holdsAnyRole(
  grants: readonly { role: string }[] | null | undefined,
  roles: readonly string[],
): boolean {
  return (grants ?? []).some((grant) => roles.includes(grant.role));
}

/** Whether the signed-in person holds one of the roles; false while loading or signed out. */
export function useHoldsAnyRole(roles: readonly string[]): boolean {
  const { data } = useCurrentUserQuery();
  return holdsAnyRole(data?.me?.roles, roles);
}
