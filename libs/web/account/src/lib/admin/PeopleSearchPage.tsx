import { usePeopleSearchLazyQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  Table,
  TextInput,
  useDocumentTitle,
  useFormErrors,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { problemsFrom } from '../common/graphql-errors';

const FIELD_IDS = { search: 'search' };

/** The search term stays in the page, not the address: it is usually someone's name. */
export function PeopleSearchPage() {
  const Link = useLinkComponent();
  const [search, setSearch] = useState('');
  const [find, { data, loading }] = usePeopleSearchLazyQuery({ fetchPolicy: 'network-only' });
  const { errors, hasErrors, show, clear } = useFormErrors(FIELD_IDS, 'search');
  useDocumentTitle('People and roles', hasErrors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!search.trim()) {
      return show([{ field: 'search', message: 'Enter a name, email address or staff number' }]);
    }
    clear();
    try {
      const { error } = await find({ variables: { search: search.trim() } });
      if (error) show(problemsFrom(error));
    } catch (error) {
      show(problemsFrom(error));
    }
  };
  const people = data?.peopleSearch;

  return (
    <>
      <BackLink href="/admin" />
      <FormErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">People and roles</h1>
      <form noValidate onSubmit={(event) => void submit(event)} className="govuk-!-margin-bottom-6">
        <TextInput
          id="search"
          name="search"
          type="search"
          label="Name, email address or staff number"
          labelSize="s"
          width="30"
          spellCheck={false}
          value={search}
          onChange={setSearch}
          errorMessage={errors.byField['search']}
        />
        <Button variant="secondary" disabled={loading}>
          Search
        </Button>
      </form>
      {people && (
        <div aria-live="polite">
          {people.length === 0 ? (
            <p className="govuk-body">No one matches your search.</p>
          ) : (
            <Table
              caption={`${people.length} ${people.length === 1 ? 'person' : 'people'} found`}
              captionSize="m"
              head={[
                { content: 'Name' },
                { content: 'Staff number' },
                { content: 'Email address' },
                { content: 'Department' },
                { content: 'Grade' },
              ]}
              rows={people.map((person) => [
                {
                  content: (
                    <Link href={`/admin/people/${person.id}`} className="govuk-link">
                      {person.givenName} {person.familyName}
                    </Link>
                  ),
                },
                { content: person.staffNumber },
                { content: person.email ?? 'None' },
                { content: person.departmentCode },
                { content: person.gradeCode },
              ])}
            />
          )}
        </div>
      )}
    </>
  );
}
