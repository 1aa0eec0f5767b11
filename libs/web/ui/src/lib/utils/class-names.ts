/** Joins the truthy class names with single spaces. */
export function classNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

/** Joins element ids for aria-describedby; undefined when there are none. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const joined = classNames(...ids);
  return joined === '' ? undefined : joined;
}
