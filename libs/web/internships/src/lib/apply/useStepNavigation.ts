import { useNavigate } from 'react-router-dom';
import { nextStep, previousStep, stepPath, type ApplyStep } from './apply-flow';
import type { ApplyContext } from './ApplyFrame';
import { CHANGING } from './useApplyContext';

/** Where Back and Continue go from a step, keeping "changing from the check page". */
export function useStepNavigation(step: ApplyStep, { intakeId, intake, changing }: ApplyContext) {
  const navigate = useNavigate();
  const withChange = (path: string) => (changing ? `${path}?change=${CHANGING}` : path);
  const back = changing
    ? stepPath(intakeId, 'check')
    : stepPath(intakeId, previousStep(step, intake.needsDateOfBirth));
  const next = nextStep(step, intake.needsDateOfBirth, changing);
  // After the eligibility check, a change made from the check page returns there.
  const continueTo = () =>
    navigate(
      next === 'eligibility' ? withChange(stepPath(intakeId, next)) : stepPath(intakeId, next),
    );
  return { back, continueTo };
}
