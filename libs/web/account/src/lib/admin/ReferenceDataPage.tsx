import { useReferenceDataQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Loading,
  NotificationBanner,
  ServiceProblem,
  Table,
  Tag,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useLocation } from 'react-router-dom';
import { flashFrom } from '../common/flash';

interface Item {
  code: string;
  name: string;
  active: boolean;
}

function ItemTable({ caption, items }: { caption: string; items: readonly Item[] }) {
  return (
    <Table
      caption={caption}
      captionSize="m"
      head={[{ content: 'Code' }, { content: 'Name' }, { content: 'Status' }]}
      rows={items.map((item) => [
        { content: item.code },
        { content: item.name },
        {
          content: item.active ? (
            <Tag colour="green">Active</Tag>
          ) : (
            <Tag colour="grey">Inactive</Tag>
          ),
        },
      ])}
    />
  );
}

export function ReferenceDataPage() {
  useDocumentTitle('Departments and professions');
  const flash = flashFrom(useLocation().state);
  const { data, error } = useReferenceDataQuery({ fetchPolicy: 'cache-and-network' });
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="departments and professions" />;
  return (
    <>
      <BackLink href="/admin" />
      {flash && <NotificationBanner type="success" heading={flash} />}
      <h1 className="govuk-heading-l">Departments and professions</h1>
      <div className="govuk-button-group">
        <Button href="/admin/reference-data/departments/new" variant="secondary">
          Add a department
        </Button>
        <Button href="/admin/reference-data/professions/new" variant="secondary">
          Add a profession
        </Button>
      </div>
      <ItemTable caption="Departments" items={data.departments} />
      <ItemTable caption="Professions" items={data.professions} />
    </>
  );
}
