import { AccountNavigation } from '@pathways/web-account';
import { useServiceInfoQuery } from '@pathways/web-graphql';
import { Layout } from '@pathways/web-ui';
import { Outlet } from 'react-router-dom';
import { phaseLabel } from './phase-label';
import { useFocusMainOnNavigation } from './useFocusMainOnNavigation';
import { useGovukFrontend } from './useGovukFrontend';

/** The GOV.UK page template around every route, with the phase the API reports. */
export function AppLayout() {
  const { data } = useServiceInfoQuery();
  useGovukFrontend();
  useFocusMainOnNavigation();
  return (
    <Layout phase={phaseLabel(data?.serviceInfo.phase)} navigation={<AccountNavigation />}>
      <Outlet />
    </Layout>
  );
}
