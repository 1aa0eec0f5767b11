// GOV.UK palette. The outline bar is told apart from the solid one by shape, not colour alone.
export const INK = '#0b0c0c';
export const BAR_STYLES = {
  solid: { fill: '#1d70b8' },
  outline: { fill: '#f3f2f1', stroke: '#505a5f', strokeWidth: 2 },
} as const;
export const GRID = '#b1b4b6';
export const FONT = '"GDS Transport", arial, sans-serif';
export const REFERENCE = '#d4351c';
