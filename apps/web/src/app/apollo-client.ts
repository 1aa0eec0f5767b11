import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

/** The API's GraphQL endpoint as a WebSocket address on this page's own origin. */
export function subscriptionUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

export function createApolloClient(): ApolloClient {
  const http = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // The API runs Apollo's CSRF prevention: requests must carry a header a form cannot set.
    headers: { 'apollo-require-preflight': 'true' },
  });
  // The socket opens with the first subscription and closes after the last; the session cookie
  // of its upgrade request signs it in, so it opens only once someone is signed in.
  // After the API restarts it reconnects, waiting at most 30 s, and the count comes again.
  const live = new GraphQLWsLink(
    createClient({
      url: subscriptionUrl(window.location),
      retryAttempts: Infinity,
      retryWait: (retries) =>
        new Promise((resume) =>
          setTimeout(resume, Math.min(30_000, 1000 * 2 ** retries) + Math.random() * 1000),
        ),
    }),
  );
  return new ApolloClient({
    link: ApolloLink.split(
      ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
      live,
      http,
    ),
    cache: new InMemoryCache(),
  });
}
