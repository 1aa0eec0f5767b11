import { NotAllowed, PageNotFound, ServiceProblem } from '@pathways/web-ui';
import { isForbidden, isNotFound } from './graphql-errors';

/** A page whose data did not load: refused, missing, or a fault. */
export function QueryProblem({ error, who }: { error: unknown; who: string }) {
  if (isForbidden(error)) return <NotAllowed who={who} />;
  if (isNotFound(error)) return <PageNotFound />;
  return <ServiceProblem />;
}
