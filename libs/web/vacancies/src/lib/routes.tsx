import { RequireSignIn } from '@pathways/web-account';
import type { ReactElement } from 'react';
import { AlertRuleFormPage } from './alerts/AlertRuleFormPage';
import { AlertRulesPage } from './alerts/AlertRulesPage';
import { DeleteAlertRulePage } from './alerts/DeleteAlertRulePage';
import { RequireAnyRole } from './common/RequireAnyRole';
import {
  FUNNEL_TOTAL_ROLES,
  NETWORK_LEAD_ROLES,
  POSTER_ROLES,
  RESERVED_SHARE_ROLES,
} from './common/roles';
import { FunnelTotalsPage } from './funnel/FunnelTotalsPage';
import { VacancyFunnelPage } from './funnel/VacancyFunnelPage';
import { EditNetworkPage } from './networks/EditNetworkPage';
import { NetworkPage } from './networks/NetworkPage';
import { NetworksPage } from './networks/NetworksPage';
import { NewNetworkPage } from './networks/NewNetworkPage';
import { OutboxPage } from './outbox/OutboxPage';
import { BroadcastVacancyPage } from './posting/BroadcastVacancyPage';
import { CloseVacancyPage } from './posting/CloseVacancyPage';
import { EditVacancyPage } from './posting/EditVacancyPage';
import { MyVacanciesPage } from './posting/MyVacanciesPage';
import { NewVacancyPage } from './posting/NewVacancyPage';
import { PublishVacancyPage } from './posting/PublishVacancyPage';
import { RecordAppointmentPage } from './posting/RecordAppointmentPage';
import { ReservedSharesPage } from './reserved-share/ReservedSharesPage';
import { SetCapPage } from './reserved-share/SetCapPage';
import { AcceleratorRolePage } from './roles/AcceleratorRolePage';
import { AcceleratorRolesPage } from './roles/AcceleratorRolesPage';

export interface VacancyRoute {
  path: string;
  element: ReactElement;
}

const signedIn = (element: ReactElement) => <RequireSignIn>{element}</RequireSignIn>;
const posters = (element: ReactElement) => (
  <RequireAnyRole roles={POSTER_ROLES} who="network leads, programme leads and admins">
    {element}
  </RequireAnyRole>
);
const networkLeads = (element: ReactElement) => (
  <RequireAnyRole roles={NETWORK_LEAD_ROLES} who="network leads and admins">
    {element}
  </RequireAnyRole>
);

/**
 * Every page of this lib, for the app's router. Alert e-mails and notifications link to
 * /vacancies and /vacancies/:vacancyId, so those paths must stay.
 */
export const VACANCY_ROUTES: readonly VacancyRoute[] = [
  { path: '/vacancies', element: signedIn(<AcceleratorRolesPage />) },
  { path: '/vacancies/new', element: posters(<NewVacancyPage />) },
  { path: '/vacancies/posted', element: posters(<MyVacanciesPage />) },
  { path: '/vacancies/alerts', element: signedIn(<AlertRulesPage />) },
  { path: '/vacancies/alerts/new', element: signedIn(<AlertRuleFormPage />) },
  { path: '/vacancies/alerts/:ruleId/edit', element: signedIn(<AlertRuleFormPage />) },
  { path: '/vacancies/alerts/:ruleId/delete', element: signedIn(<DeleteAlertRulePage />) },
  {
    path: '/vacancies/funnel',
    element: (
      <RequireAnyRole roles={FUNNEL_TOTAL_ROLES} who="analysts and admins">
        <FunnelTotalsPage />
      </RequireAnyRole>
    ),
  },
  {
    path: '/vacancies/reserved-share',
    element: (
      <RequireAnyRole
        roles={RESERVED_SHARE_ROLES}
        who="network leads, programme leads, analysts and admins"
      >
        <ReservedSharesPage />
      </RequireAnyRole>
    ),
  },
  {
    path: '/vacancies/reserved-share/cap',
    element: (
      <RequireAnyRole roles={['admin']} who="admins">
        <SetCapPage />
      </RequireAnyRole>
    ),
  },
  { path: '/vacancies/:vacancyId', element: signedIn(<AcceleratorRolePage />) },
  { path: '/vacancies/:vacancyId/edit', element: posters(<EditVacancyPage />) },
  { path: '/vacancies/:vacancyId/publish', element: posters(<PublishVacancyPage />) },
  { path: '/vacancies/:vacancyId/broadcast', element: networkLeads(<BroadcastVacancyPage />) },
  { path: '/vacancies/:vacancyId/appointment', element: posters(<RecordAppointmentPage />) },
  { path: '/vacancies/:vacancyId/funnel', element: posters(<VacancyFunnelPage />) },
  { path: '/vacancies/:vacancyId/close', element: posters(<CloseVacancyPage />) },
  { path: '/networks', element: signedIn(<NetworksPage />) },
  { path: '/networks/new', element: networkLeads(<NewNetworkPage />) },
  { path: '/networks/:networkId', element: signedIn(<NetworkPage />) },
  { path: '/networks/:networkId/edit', element: networkLeads(<EditNetworkPage />) },
  { path: '/outbox', element: signedIn(<OutboxPage />) },
];
