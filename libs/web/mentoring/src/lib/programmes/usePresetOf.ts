import { useProgrammePresetsQuery, type ProgrammePresetsQuery } from '@pathways/web-graphql';
import type { ProgrammeDraft } from './programme-form';

export type Preset = ProgrammePresetsQuery['programmePresets'][number];

export interface PresetState {
  preset: Preset | null;
  loading: boolean;
  failed: boolean;
}

export function usePresetOf(draft: ProgrammeDraft): PresetState {
  const { data, error } = useProgrammePresetsQuery({ skip: !draft.preset });
  const preset = data?.programmePresets.find((candidate) => candidate.key === draft.preset) ?? null;
  return { preset, loading: Boolean(draft.preset) && !data && !error, failed: Boolean(error) };
}
