import { useLinkComponent } from '@pathways/web-ui';

/** What to do when publishing would reserve too many of the department's roles. */
export function CapAdvice({ editHref }: { editHref: string }) {
  const Link = useLinkComponent();
  return (
    <div className="govuk-inset-text" id="cap-advice" tabIndex={-1}>
      <p className="govuk-body">
        Too many of this department’s open accelerator roles would be reserved for talent schemes.
        You can{' '}
        <Link href={editHref} className="govuk-link">
          change the role so anyone eligible can apply
        </Link>
        , or publish it later, when more of the department’s open roles are open to everyone.
      </p>
    </div>
  );
}
