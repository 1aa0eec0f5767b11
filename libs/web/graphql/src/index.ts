// The web client's only way to the API: typed hooks generated from apps/api/schema.gql.
export * from './generated/graphql';
