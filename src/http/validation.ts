import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType } from 'zod';
import type { FieldIssue } from '../kernel/errors';
import { isMessageKey, t, type Locale, type MessageParams } from '../kernel/i18n';
import { zodErrorMap } from '../kernel/zod-locale';

/**
 * A failed request validation. It keeps the schema and the input so the error handler can re-run the
 * validation with the caller's language (zod's own locales), and name every field path.
 */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly schema: ZodType,
    readonly input: unknown,
    readonly part: string,
  ) {
    super(`invalid ${part}`);
  }
}

export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data);
    return result.success ? { value: result.data } : { error: new RequestValidationError(schema, data, httpPart ?? 'body') };
  };

// Body fields are named by their own path (as services name them); other parts carry a prefix.
const partPrefix: Record<string, string[]> = { body: [], querystring: ['query'], params: ['params'], headers: ['headers'] };

/** Localized field issues for a failed validation: our own catalogue for custom rules, zod's for the rest. */
export function localizeValidation(err: RequestValidationError, locale: Locale): FieldIssue[] {
  const localeError = zodErrorMap(locale);
  const result = err.schema.safeParse(err.input, { error: localeError });
  if (result.success) return [];
  const prefix = partPrefix[err.part] ?? [err.part];
  return result.error.issues.flatMap((issue) => {
    const base = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'custom' && isMessageKey(issue.message)) {
      const params = (issue.params ?? {}) as MessageParams;
      return [{ path: base, code: issue.message, message: t(locale, issue.message, params) }];
    }
    // An unknown key is reported against the key itself, so the path names the offending field.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ path: [...base, k], code: 'unrecognized_key', message: issue.message }));
    }
    return [{ path: base, code: issue.code, message: issue.message }];
  });
}
