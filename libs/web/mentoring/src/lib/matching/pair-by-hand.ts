import type { Problem } from '../common/graphql-errors';

export function pairByHandProblems(menteeApplicationId: string, mentorOfferId: string): Problem[] {
  return [
    ...(menteeApplicationId ? [] : [{ field: 'menteeApplicationId', message: 'Select a mentee' }]),
    ...(mentorOfferId ? [] : [{ field: 'mentorOfferId', message: 'Select a mentor' }]),
  ];
}
