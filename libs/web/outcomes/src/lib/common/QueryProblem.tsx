import { NotAllowed } from './NotAllowed';
import { isForbidden, isNotFound } from './graphql-errors';
import { PageNotFound } from './PageNotFound';
import { ServiceProblem } from './ServiceProblem';

/** A page whose data did not load: refused, missing, or a fault. */
export function QueryProblem({ error, who }: { error: unknown; who: string }) {
  if (isForbidden(error)) return <NotAllowed who={who} />;
  if (isNotFound(error)) return <PageNotFound />;
  return <ServiceProblem />;
}
