import { useManagedPlacementQuery } from '@pathways/web-graphql';
import { useParams } from 'react-router-dom';

export function useManagedPlacement() {
  const placementId = useParams()['placementId'] ?? '';
  const { data, error } = useManagedPlacementQuery({
    variables: { id: placementId },
    fetchPolicy: 'cache-and-network',
  });
  return { placementId, placement: data?.managedPlacement ?? null, error };
}

export const NOT_YOUR_PLACEMENT = 'Only the line manager of this placement can see it.';
