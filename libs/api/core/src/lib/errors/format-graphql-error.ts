import { GraphQLFormattedError } from 'graphql';
import { DomainError, DomainErrorCode } from './domain-error';

function httpStatusFor(code: DomainErrorCode): number {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'RATE_LIMITED':
      return 429;
  }
}

const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
]);

/** Domain errors keep their message and code; unexpected errors are reported without detail. */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: {
        code: original.code,
        status: httpStatusFor(original.code),
        field: original.field ?? null,
      },
    };
  }
  const code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
  if (PASS_THROUGH_CODES.has(code))
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  const httpException = original as { getStatus?: () => number; message?: string };
  if (typeof httpException.getStatus === 'function') {
    const status = httpException.getStatus();
    const mapped =
      status === 401
        ? 'UNAUTHENTICATED'
        : status === 403
          ? 'FORBIDDEN'
          : status === 400
            ? 'BAD_USER_INPUT'
            : 'INTERNAL_SERVER_ERROR';
    if (mapped !== 'INTERNAL_SERVER_ERROR')
      return { message: formatted.message, path: formatted.path, extensions: { code: mapped } };
  }
  return {
    message: 'Something went wrong. Try again later.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
