import type { MessageKey } from './messages';
import type { MessageParams } from './i18n';

/** The closed set of failure kinds; the HTTP layer maps them to statuses in one place. */
export const ERROR_KINDS = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  too_large: 413,
  unsupported: 415,
  rate_limited: 429,
  unavailable: 503,
} as const;
export type ErrorKind = keyof typeof ERROR_KINDS;

export interface FieldIssue {
  /** Path of the field, as segments (`["roles", 0]`) — rendered by the HTTP layer as `roles.0`. */
  path: (string | number)[];
  /** A catalogue key, or a message already localized (e.g. by zod's locale). */
  message: string;
  code: string;
  params?: MessageParams;
}

/**
 * The one error type services raise. `code` is module-prefixed (`identity.uscc_invalid`) and is also
 * the key of its localized message; services never speak HTTP.
 */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code: MessageKey;
  readonly params: MessageParams;
  readonly issues: FieldIssue[];

  constructor(kind: ErrorKind, code: MessageKey, params: MessageParams = {}, issues: FieldIssue[] = []) {
    super(code);
    this.name = 'AppError';
    this.kind = kind;
    this.code = code;
    this.params = params;
    this.issues = issues;
  }

  get status(): number {
    return ERROR_KINDS[this.kind];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
