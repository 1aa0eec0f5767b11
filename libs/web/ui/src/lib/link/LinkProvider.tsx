import type { ReactNode } from 'react';
import { LinkContext, type LinkComponent } from './link-context';

export interface LinkProviderProps {
  component: LinkComponent;
  children: ReactNode;
}

export function LinkProvider({ component, children }: LinkProviderProps) {
  return <LinkContext.Provider value={component}>{children}</LinkContext.Provider>;
}
