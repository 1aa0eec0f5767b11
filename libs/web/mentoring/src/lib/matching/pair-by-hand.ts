import type { Problem } from '@pathways/web-ui';

export function pairByHandProblems(menteeApplicationId: string, mentorOfferId: string): Problem[] {
  return [
    ...(menteeApplicationId ? [] : [{ field: 'menteeApplicationId', message: 'Select a mentee' }]),
    ...(mentorOfferId ? [] : [{ field: 'mentorOfferId', message: 'Select a mentor' }]),
  ];
}

/**
 * Places a mentor's current pairs fill, suggestions included: what a pair by hand must fit in
 * (seatsTaken on the offer counts accepted pairs only).
 */
export function placesInUse(
  pairs: readonly { mentor: { person: { id: string } } }[],
  mentorPersonId: string,
): number {
  return pairs.filter((pair) => pair.mentor.person.id === mentorPersonId).length;
}
