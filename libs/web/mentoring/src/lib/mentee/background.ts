/** The questions that place someone in a socio-economic group: the short or the four-part form. */
const SEB_ENTRY_QUESTIONS = ['seb_occupation', 'seb_earner_employment'];

export function hasAnsweredBackground(
  answers: readonly { question: string; code?: string | null }[] | undefined,
): boolean {
  return (answers ?? []).some(
    (answer) => SEB_ENTRY_QUESTIONS.includes(answer.question) && Boolean(answer.code),
  );
}
