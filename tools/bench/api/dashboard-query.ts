// The programme dashboard as the web client asks for it (libs/web/outcomes/src/lib/dashboard).
const COUNT = `sebGroup count { value suppressed }`;
const SHARE = `sebGroup share count { value suppressed } total { value suppressed }`;
const GROUP = `sebGroup suppressed participants mature progressed rate ciLow ciHigh
  comparisonMature comparisonProgressed comparisonRate pValue metExpectations sessionsInteresting`;

export const DASHBOARD_QUERY = `query ProgrammeDashboard($input: ProgrammeDashboardInput!) {
  programmeDashboard(input: $input) {
    programme
    asOf
    participants { ${COUNT} }
    activeRelationships { ${COUNT} }
    sessionsLogged { ${COUNT} }
    metExpectations { ${SHARE} }
    sessionsInteresting { ${SHARE} }
    progression { ${GROUP} }
  }
}`;

export const SIGN_IN_MUTATION = `mutation SignIn($input: SignInInput!) { signIn(input: $input) }`;
