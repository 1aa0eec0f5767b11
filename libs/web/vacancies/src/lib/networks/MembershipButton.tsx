import type { NetworkFieldsFragment } from '@pathways/web-graphql';
import { Button } from '@pathways/web-ui';
import type { MembershipActions } from './useMembership';

/** Join or leave, naming the network for screen readers when there are several on the page. */
export function MembershipButton({
  network,
  actions,
}: {
  network: NetworkFieldsFragment;
  actions: MembershipActions;
}) {
  const name = <span className="govuk-visually-hidden"> {network.name}</span>;
  return network.joined ? (
    <Button
      variant="secondary"
      type="button"
      disabled={actions.busy}
      onClick={() => void actions.leave(network.id, network.name)}
    >
      Leave{name}
    </Button>
  ) : (
    <Button
      type="button"
      disabled={actions.busy}
      onClick={() => void actions.join(network.id, network.name)}
    >
      Join{name}
    </Button>
  );
}
