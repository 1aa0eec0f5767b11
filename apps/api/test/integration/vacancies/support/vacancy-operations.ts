export const CREATE_VACANCY = `mutation Create($input: CreateVacancyInput!) {
  createVacancy(input: $input) { id status }
}`;
export const PUBLISH_VACANCY = `mutation Publish($input: VacancyIdInput!) {
  publishVacancy(input: $input) { id status reservedForTalentScheme }
}`;
export const UPDATE_VACANCY = `mutation Update($input: UpdateVacancyInput!) {
  updateVacancy(input: $input) { id status reservedForTalentScheme talentScheme }
}`;
export const SAVE_ALERT_RULE = `mutation Save($input: SaveAlertRuleInput!) {
  saveAlertRule(input: $input) { id }
}`;
export const BROADCAST_VACANCY = `mutation Broadcast($input: BroadcastVacancyInput!) {
  broadcastVacancy(input: $input) { id vacancyId networkIds audience }
}`;
export const JOIN_NETWORK = `mutation Join($input: NetworkInput!) {
  joinNetwork(input: $input) { id joined }
}`;
export const MY_NOTIFICATIONS = '{ myNotifications { kind title link } unreadNotificationCount }';
export const OUTBOX = `query Outbox($input: OutboxInput) {
  outbox(input: $input) { total items { to subject text headers { name value } } }
}`;
