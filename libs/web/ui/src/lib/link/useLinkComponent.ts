import { useContext } from 'react';
import { LinkContext, type LinkComponent } from './link-context';

export function useLinkComponent(): LinkComponent {
  return useContext(LinkContext);
}
