export interface RunCounts {
  menteeCount: number;
  matchedCount: number;
}

export function matchSummary({ menteeCount, matchedCount }: RunCounts): string {
  return `${matchedCount} of ${menteeCount} ${menteeCount === 1 ? 'mentee' : 'mentees'} matched`;
}

export function approvedMessage(count: number): string {
  if (count === 0) return 'No pairs were waiting for approval';
  return `${count} ${count === 1 ? 'pair' : 'pairs'} approved: both people in each pair have been told`;
}
