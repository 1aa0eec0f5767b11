/** The report's definitions (contracts.md, Outcome report) in plain English. */
export function HowToRead() {
  return (
    <>
      <h2 className="govuk-heading-m">How to read this report</h2>
      <h3 className="govuk-heading-s">Who is counted</h3>
      <p className="govuk-body">
        A participant counts towards the progression rate once 12 months have passed since they
        started on the programme. We call them <strong>mature</strong>. People who started more
        recently are in the participants column but not in the rates.
      </p>
      <p className="govuk-body">
        A participant <strong>progressed</strong> if they were promoted, temporarily promoted or
        made a lateral move within 12 months of starting. Only events from HR records, recorded by a
        programme lead, or reported by the person and confirmed by a lead count.
      </p>
      <h3 className="govuk-heading-s">The comparison group</h3>
      <p className="govuk-body">
        For each cohort, the comparison group is everyone who was in the same department and grade
        as a participant when the cohort started, but did not take part in the programme. They are
        counted in the same way, from the cohort’s start date, so the two rates can be compared.
      </p>
      <h3 className="govuk-heading-s">The 95% interval</h3>
      <p className="govuk-body">
        A rate from a small group is uncertain. The 95% interval is the range the true rate is very
        likely to be in. If the comparison group’s rate lies outside the participants’ interval, the
        difference is unlikely to be chance alone.
      </p>
      <p className="govuk-body">
        The <strong>p-value</strong> compares participants with the comparison group of the same
        background. The smaller it is, the less likely it is that a difference this large would
        happen by chance if the programme made no difference. Below 0.05 is usually taken as a real
        difference. It does not prove the programme caused it: people who choose to join may differ
        in other ways.
      </p>
      <h3 className="govuk-heading-s">Satisfaction</h3>
      <p className="govuk-body">
        Met expectations and found sessions interesting are the share who answered yes, of the
        participants who answered the end-of-programme survey.
      </p>
    </>
  );
}
