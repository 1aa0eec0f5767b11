import {
  NetworksDocument,
  useJoinNetworkMutation,
  useLeaveNetworkMutation,
} from '@pathways/web-graphql';
import type { Problem } from '@pathways/web-ui';
import { useState } from 'react';
import { problemsFrom } from '../common/graphql-errors';

export interface MembershipActions {
  join: (networkId: string, name: string) => Promise<void>;
  leave: (networkId: string, name: string) => Promise<void>;
  busy: boolean;
  problems: Problem[];
  /** What just happened, for a success banner. */
  done: string | null;
}

/** Joining and leaving; the list and the network's page both refresh afterwards. */
export function useMembership(): MembershipActions {
  const options = { refetchQueries: [{ query: NetworksDocument }] };
  const [joinNetwork, joining] = useJoinNetworkMutation(options);
  const [leaveNetwork, leaving] = useLeaveNetworkMutation(options);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>, success: string) => {
    setProblems([]);
    setDone(null);
    try {
      await action();
      setDone(success);
    } catch (failure) {
      setProblems(problemsFrom(failure));
    }
  };
  return {
    join: (networkId, name) =>
      run(() => joinNetwork({ variables: { input: { networkId } } }), `You joined ${name}`),
    leave: (networkId, name) =>
      run(
        () =>
          leaveNetwork({
            variables: { input: { networkId } },
            update: (cache) => {
              cache.modify({
                id: cache.identify({ __typename: 'Network', id: networkId }),
                fields: { joined: () => false },
              });
            },
          }),
        `You left ${name}`,
      ),
    busy: joining.loading || leaving.loading,
    problems,
    done,
  };
}
