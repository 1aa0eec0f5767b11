import type { ReactNode } from 'react';

export interface ScrollableTableProps {
  /** Names the scrolling region for screen readers. */
  label: string;
  children: ReactNode;
}

/**
 * Wide tables scroll sideways on small screens instead of squeezing; the region takes focus so
 * keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollableTable({ label, children }: ScrollableTableProps) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {children}
    </div>
  );
}
