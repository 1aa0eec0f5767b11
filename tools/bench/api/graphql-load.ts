import autocannon from 'autocannon';
import type { LoadResult } from './sql-load';

/** autocannon against /graphql with one operation, keeping every response's latency. */
export async function graphqlLoad(
  url: string,
  cookie: string,
  body: string,
  connections: number,
  seconds: number,
): Promise<LoadResult & { errors: number; non2xx: number }> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body,
        connections,
        duration: seconds,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
    });
  });
  return {
    requests: latencies.length,
    seconds: result.duration,
    latencies,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
