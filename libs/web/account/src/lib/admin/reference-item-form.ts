import type { Problem } from '@pathways/web-ui';

export type ReferenceKind = 'department' | 'profession';

/** The API's own rules and words (AddReferenceItemInput), so every problem shows at once. */
export function validateReferenceItem({ code, name }: { code: string; name: string }): Problem[] {
  const problems: Problem[] = [];
  if (!/^[A-Za-z][A-Za-z0-9_]{1,39}$/.test(code)) {
    problems.push({
      field: 'code',
      message: 'Enter a code of 2 to 40 letters, digits or underscores, starting with a letter',
    });
  }
  if (!name) problems.push({ field: 'name', message: 'Enter a name' });
  else if (name.length > 200)
    problems.push({ field: 'name', message: 'Name must be 200 characters or fewer' });
  return problems;
}
