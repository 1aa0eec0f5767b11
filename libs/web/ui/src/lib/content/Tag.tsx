import type { ReactNode } from 'react';
import { classNames } from '../utils/class-names';

export type TagColour =
  'grey' | 'green' | 'teal' | 'blue' | 'purple' | 'magenta' | 'red' | 'orange' | 'yellow';

export interface TagProps {
  children: ReactNode;
  /** Blue is the default tag and has no modifier class. */
  colour?: TagColour;
}

export function Tag({ children, colour = 'blue' }: TagProps) {
  return (
    <strong className={classNames('govuk-tag', colour !== 'blue' && `govuk-tag--${colour}`)}>
      {children}
    </strong>
  );
}
