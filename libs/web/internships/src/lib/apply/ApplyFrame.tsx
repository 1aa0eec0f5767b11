import type { InternshipIntakeForApplicantQuery } from '@pathways/web-graphql';
import { Loading, ServiceProblem, useDocumentTitle, useLinkComponent } from '@pathways/web-ui';
import type { ReactNode } from 'react';
import { errorCode } from '../common/problems';
import { useApplyContext } from './useApplyContext';

export type ApplyIntake = NonNullable<
  InternshipIntakeForApplicantQuery['internshipIntakeForApplicant']
>;
export type ApplyContext = ReturnType<typeof useApplyContext> & { intake: ApplyIntake };

/** Loads the intake once for every page of the application and handles closed intakes. */
export function ApplyFrame({ children }: { children: (context: ApplyContext) => ReactNode }) {
  const context = useApplyContext();
  if (context.loading) return <Loading />;
  if (context.error && errorCode(context.error) === 'CONFLICT') return <Closed />;
  if (context.error || !context.intake) return <ServiceProblem />;
  return children({ ...context, intake: context.intake });
}

function Closed() {
  useDocumentTitle('Applications for this intake are closed');
  const Link = useLinkComponent();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Applications for this intake are closed</h1>
        <p className="govuk-body">
          <Link href="/internships" className="govuk-link">
            See the intakes taking applications
          </Link>
        </p>
      </div>
    </div>
  );
}
