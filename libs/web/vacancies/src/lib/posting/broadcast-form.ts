import type { BroadcastAudience, BroadcastVacancyInput } from '@pathways/web-graphql';
import type { Problem } from '@pathways/web-ui';

export interface BroadcastForm {
  networkIds: string[];
  audience: BroadcastAudience | null;
}

export const BROADCAST_FIELD_IDS = {
  networkIds: 'networks',
  audience: 'audience',
  vacancyId: 'networks',
};

export type BroadcastCheck =
  { problems: Problem[]; input: null } | { problems: []; input: BroadcastVacancyInput };

export function checkBroadcastForm(form: BroadcastForm, vacancyId: string): BroadcastCheck {
  const problems: Problem[] = [];
  if (form.networkIds.length === 0)
    problems.push({ field: 'networkIds', message: 'Select at least one network' });
  if (!form.audience) problems.push({ field: 'audience', message: 'Select who to alert' });
  if (problems.length > 0 || !form.audience) return { problems, input: null };
  return {
    problems: [],
    input: { vacancyId, networkIds: form.networkIds, audience: form.audience },
  };
}

/** "Shared with 2 networks: all members are being told" — the confirmation after sending. */
export function broadcastConfirmation(
  networkNames: readonly string[],
  audience: BroadcastAudience,
) {
  const networks = networkNames.length === 1 ? networkNames[0] : `${networkNames.length} networks`;
  const who = audience === 'all' ? 'all their members' : 'members whose alerts match';
  return `Shared with ${networks}: ${who} are being told`;
}
