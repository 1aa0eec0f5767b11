/** The API names the phase in lower case ("beta"); the phase banner's tag shows "Beta". */
export function phaseLabel(phase: string | undefined): string {
  if (!phase) return 'Beta';
  return phase.charAt(0).toUpperCase() + phase.slice(1).toLowerCase();
}
