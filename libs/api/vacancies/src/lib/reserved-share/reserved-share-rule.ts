/** Open accelerator vacancies of one department: how many, and how many reserved. */
export interface OpenCounts {
  open: number;
  reserved: number;
}

export interface CapBreach {
  current: OpenCounts;
  next: OpenCounts;
  maxPercent: number;
}

export const sharePercent = ({ open, reserved }: OpenCounts): number =>
  open === 0 ? 0 : Math.round((reserved / open) * 1000) / 10;

/**
 * A change that opens or reserves a role may not take the reserved share over the cap. A change
 * that leaves the share where it was, or lowers it, is always allowed (closing is never blocked).
 */
export function capBreach(
  current: OpenCounts,
  next: OpenCounts,
  maxPercent: number | null,
): CapBreach | null {
  if (maxPercent === null) return null;
  const raises = next.reserved * current.open > current.reserved * next.open || current.open === 0;
  if (next.reserved === 0 || !raises) return null;
  return next.reserved * 100 > maxPercent * next.open ? { current, next, maxPercent } : null;
}

export function capBreachMessage(departmentName: string, breach: CapBreach): string {
  const { current, next, maxPercent } = breach;
  return (
    `${departmentName} caps roles reserved for talent schemes at ${maxPercent}% of its open ` +
    `accelerator vacancies. Now ${current.reserved} of ${current.open} ` +
    `(${sharePercent(current)}%) are reserved; this would make it ${next.reserved} of ` +
    `${next.open} (${sharePercent(next)}%).`
  );
}
