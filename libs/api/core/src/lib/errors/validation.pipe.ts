import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from './domain-error';

function firstProblem(
  errors: ValidationError[],
  prefix = '',
): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints && Object.values(error.constraints)[0];
    if (message) return { field, message };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** Validates every input with class-validator; the first problem becomes a BAD_USER_INPUT naming the field. */
export const inputValidationPipe = () =>
  new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? { field: undefined, message: 'Input is not valid.' };
      return badInput(problem.message, problem.field);
    },
  });
