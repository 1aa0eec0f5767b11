import type { ReactNode } from 'react';

/** One radio button or checkbox. */
export interface ChoiceItem {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
  /** Defaults to the group's id prefix, numbered from the second item. */
  id?: string;
  disabled?: boolean;
}

/** GOV.UK ids: the first item takes the bare prefix so the error summary can link to it. */
export function choiceItemId(idPrefix: string, item: ChoiceItem, index: number): string {
  return item.id ?? (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`);
}
