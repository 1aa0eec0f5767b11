import { AuthenticatedUser, hasRole, scopesOf } from '@pathways/api-core';

/** Admins lead every network; a network lead those their grant names (by code or id). */
export function leadsNetwork(
  user: AuthenticatedUser,
  network: { id: string; code: string },
): boolean {
  if (hasRole(user, 'admin')) return true;
  const scopes = scopesOf(user, 'network_lead');
  return scopes === 'all' || scopes.includes(network.code) || scopes.includes(network.id);
}
