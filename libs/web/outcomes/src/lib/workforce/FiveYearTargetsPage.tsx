import { useFiveYearTargetsQuery, useRemoveFiveYearTargetMutation } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Loading,
  NotificationBanner,
  Table,
  ActionErrorSummary,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useState } from 'react';
import { problemsFrom, type Problem } from '../common/graphql-errors';
import { QueryProblem } from '../common/QueryProblem';
import { formFromTarget } from './target-form';
import { TargetFormSection, type TargetBeingChanged } from './TargetFormSection';
import { targetProgress, targetScope, targetShareText } from './target-progress';

/** Admins set, change and remove the five-year targets the workforce dashboard tracks. */
export function FiveYearTargetsPage() {
  // Not cached: the same root field carries the whole dashboard on the dashboard's page.
  const { data, error, refetch } = useFiveYearTargetsQuery({ fetchPolicy: 'no-cache' });
  const [remove, { loading: removing }] = useRemoveFiveYearTargetMutation();
  const [done, setDone] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [changing, setChanging] = useState<TargetBeingChanged | null>(null);
  useDocumentTitle('Five-year targets', problems.length > 0);
  if (error) return <QueryProblem error={error} who="admins" />;
  if (!data) return <Loading what="the targets" />;
  const targets = data.workforceDashboard.targets;

  const removeOne = async (id: string, name: string) => {
    setProblems([]);
    setDone(null);
    try {
      await remove({ variables: { input: { id } } });
      await refetch();
      setDone(`Target removed: ${name}`);
    } catch (failure) {
      setProblems(problemsFrom(failure));
    }
  };
  const saved = async (name: string) => {
    const wasChange = changing !== null;
    setChanging(null);
    await refetch();
    setDone(wasChange ? `Target changed: ${name}` : `Target added: ${name}`);
  };
  return (
    <>
      <BackLink href="/workforce" text="Workforce dashboard" />
      <ActionErrorSummary problems={problems} target="current-targets" />
      {done && <NotificationBanner key={done} type="success" heading={done} />}
      <h1 className="govuk-heading-l">Five-year targets</h1>
      <p className="govuk-body">
        Targets for the share of people from a background, for example the share of the Senior Civil
        Service from lower socio-economic backgrounds. Progress shows on the workforce dashboard.
      </p>
      <div id="current-targets" tabIndex={-1}>
        {targets.length === 0 ? (
          <p className="govuk-body">No targets have been set yet.</p>
        ) : (
          <Table
            caption="Current targets"
            captionSize="m"
            firstCellIsHeader
            head={[
              { content: 'Target' },
              { content: 'Who it counts' },
              { content: 'Target share', numeric: true },
              { content: 'By', numeric: true },
              { content: 'Now', numeric: true },
              { content: <span className="govuk-visually-hidden">Actions</span> },
            ]}
            rows={targets.map((target) => [
              { content: target.name },
              { content: targetScope(target) },
              { content: targetShareText(target.targetShare), numeric: true },
              { content: target.targetYear, numeric: true },
              { content: targetProgress(target).now, numeric: true },
              {
                content: (
                  <div className="govuk-button-group">
                    <Button
                      variant="secondary"
                      type="button"
                      onClick={() => {
                        setDone(null);
                        setChanging({ id: target.id, form: formFromTarget(target) });
                      }}
                    >
                      Change<span className="govuk-visually-hidden"> {target.name}</span>
                    </Button>
                    <Button
                      variant="warning"
                      type="button"
                      disabled={removing}
                      onClick={() => void removeOne(target.id, target.name)}
                    >
                      Remove<span className="govuk-visually-hidden"> {target.name}</span>
                    </Button>
                  </div>
                ),
              },
            ])}
          />
        )}
      </div>
      <TargetFormSection
        key={changing?.id ?? 'new'}
        changing={changing}
        onSaved={(name) => void saved(name)}
        onCancel={() => setChanging(null)}
      />
    </>
  );
}
