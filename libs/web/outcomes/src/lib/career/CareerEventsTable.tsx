import type { CareerEventFieldsFragment } from '@pathways/web-graphql';
import { Table, Tag, type TableCell } from '@pathways/web-ui';
import type { ReactNode } from 'react';
import { formatDate } from '../format/labels';
import { careerEventStatus, changeText } from './career-event-view';
import { careerEventTypeLabel } from './career-vocabulary';

export interface CareerEventsTableProps {
  caption: string;
  events: readonly (CareerEventFieldsFragment & { personName?: string })[];
  /** The lead's table names the person and offers an action; a person's own shows status. */
  person?: boolean;
  action?: (event: CareerEventFieldsFragment & { personName?: string }) => ReactNode;
}

export function CareerEventsTable({ caption, events, person, action }: CareerEventsTableProps) {
  const head: TableCell[] = [
    ...(person ? [{ content: 'Person' }] : []),
    { content: 'What happened' },
    { content: 'Date' },
    { content: 'Grade' },
    { content: 'Department' },
    action ? { content: 'Action' } : { content: 'Status' },
  ];
  return (
    <Table
      caption={caption}
      captionSize="m"
      firstCellIsHeader={person}
      head={head}
      rows={events.map((event) => {
        const status = careerEventStatus(event.confirmed);
        return [
          ...(person ? [{ content: event.personName ?? '' }] : []),
          { content: careerEventTypeLabel(event.type) },
          { content: formatDate(event.effectiveDate) },
          { content: changeText(event.fromGrade, event.toGrade) },
          { content: changeText(event.fromDepartment, event.toDepartment) },
          {
            content: action ? action(event) : <Tag colour={status.colour}>{status.text}</Tag>,
          },
        ];
      })}
    />
  );
}
