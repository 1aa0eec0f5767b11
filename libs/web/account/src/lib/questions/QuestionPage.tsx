import { isQuestionKey } from '@pathways/domain-seb';
import { PageNotFound } from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { QuestionForm } from './QuestionForm';

/** One question per page, at /questions/:key. */
export function QuestionPage() {
  const { key } = useParams();
  if (!key || !isQuestionKey(key)) return <PageNotFound />;
  // Keyed so that moving to the next question starts with a fresh form.
  return <QuestionForm key={key} questionKey={key} />;
}
