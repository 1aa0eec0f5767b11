// pg-boss imports serialize-error, which is ESM-only and not among the packages the shared Jest
// preset transforms; pg-boss only uses it to store a failed job's error. Test files that run
// jobs replace it with this: jest.mock('serialize-error', () => jest.requireActual(SHIM)).
export function serializeError(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  return { name: value.name, message: value.message, stack: value.stack };
}
