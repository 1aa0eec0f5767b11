import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client that sends the session cookie with its upgrade request, as a browser would. */
export function liveClient(url: string, cookie: string | null): Client {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  return createClient({ url, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
}

/** Collects a subscription's values as they arrive. */
export interface Collected<T> {
  values: T[];
  error: unknown;
  done: boolean;
  stop(): void;
}

export function collect<T>(client: Client, query: string): Collected<T> {
  const collected: Collected<T> = { values: [], error: null, done: false, stop: () => undefined };
  collected.stop = client.subscribe<T>(
    { query },
    {
      next: (result) => {
        if (result.errors) collected.error = result.errors;
        else if (result.data) collected.values.push(result.data as T);
      },
      error: (error) => {
        collected.error = error;
        collected.done = true;
      },
      complete: () => {
        collected.done = true;
      },
    },
  );
  return collected;
}
