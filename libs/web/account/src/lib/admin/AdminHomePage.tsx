import { useDocumentTitle, useLinkComponent } from '@pathways/web-ui';

const SECTIONS = [
  {
    href: '/admin/people',
    title: 'People and roles',
    description: 'Find a person, grant or revoke their roles, or erase their data.',
  },
  {
    href: '/admin/reference-data',
    title: 'Departments and professions',
    description: 'See and add the departments and professions people choose from.',
  },
  {
    href: '/vacancies/reserved-share',
    title: 'Caps on reserved roles',
    description: 'How much of each department’s open accelerator roles talent schemes may hold.',
  },
  {
    href: '/admin/audit',
    title: 'Audit log',
    description: 'Who read sensitive data, changed roles, imported, exported or erased, and when.',
  },
];

export function AdminHomePage() {
  useDocumentTitle('Admin');
  const Link = useLinkComponent();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Admin</h1>
        {SECTIONS.map((section) => (
          <div key={section.href}>
            <h2 className="govuk-heading-m">
              <Link href={section.href} className="govuk-link">
                {section.title}
              </Link>
            </h2>
            <p className="govuk-body">{section.description}</p>
          </div>
        ))}
      </div>
    </div>
  );
}
