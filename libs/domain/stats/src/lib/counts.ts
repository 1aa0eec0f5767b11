// Guards shared by the statistics: a wrong count is a bug upstream, so fail loudly.
export function assertCount(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number >= 0, got ${value}`);
  }
}

export function assertPartOf(
  partName: string,
  part: number,
  wholeName: string,
  whole: number,
): void {
  assertCount(partName, part);
  assertCount(wholeName, whole);
  if (part > whole) {
    throw new RangeError(`${partName} (${part}) must not exceed ${wholeName} (${whole})`);
  }
}
