import { useInternshipIntakeForApplicantQuery } from '@pathways/web-graphql';
import { useParams, useSearchParams } from 'react-router-dom';
import { useApplicationDraft } from './draft-store';
import type { ApplicationDraft } from './apply-flow';

export const CHANGING = 'check';

/** The intake being applied to (from the path), its details, and this tab's answers. */
export function useApplyContext() {
  const intakeId = useParams()['intakeId'] ?? '';
  const [params] = useSearchParams();
  const { data, loading, error } = useInternshipIntakeForApplicantQuery({
    variables: { id: intakeId },
    fetchPolicy: 'cache-and-network',
  });
  const draft: ApplicationDraft = useApplicationDraft(intakeId);
  return {
    intakeId,
    intake: data?.internshipIntakeForApplicant ?? null,
    loading: loading && !data,
    error,
    draft,
    changing: params.get('change') === CHANGING,
  };
}
