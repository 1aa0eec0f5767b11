import { useApolloClient } from '@apollo/client/react';
import {
  AdminPersonSummaryFragmentDoc,
  type AdminPersonSummaryFragment,
} from '@pathways/web-graphql';

/**
 * The person as the search found them, from Apollo's cache: there is no query for one person,
 * and their name must not travel in the address. null after a reload.
 */
export function usePersonSummary(personId: string): AdminPersonSummaryFragment | null {
  const client = useApolloClient();
  return client.readFragment<AdminPersonSummaryFragment>({
    id: client.cache.identify({ __typename: 'PersonSummary', id: personId }),
    fragment: AdminPersonSummaryFragmentDoc,
    fragmentName: 'AdminPersonSummary',
  });
}

export function personName(person: AdminPersonSummaryFragment | null): string {
  return person ? `${person.givenName} ${person.familyName}` : 'this person';
}
