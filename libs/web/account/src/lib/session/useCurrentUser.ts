import { useCurrentUserQuery, type CurrentUserQuery } from '@pathways/web-graphql';

export type CurrentUser = NonNullable<CurrentUserQuery['me']>;

export interface CurrentUserState {
  loading: boolean;
  /** null when signed out (or the API could not be reached). */
  user: CurrentUser | null;
}

export function useCurrentUser(): CurrentUserState {
  const { data, loading } = useCurrentUserQuery();
  return { loading: loading && !data, user: data?.me ?? null };
}
