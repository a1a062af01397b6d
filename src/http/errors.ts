import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldIssue } from '../kernel/errors';
import { isMessageKey, t, type Locale } from '../kernel/i18n';
import { localizeValidation, RequestValidationError } from './validation';

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    issues?: { path: string; code: string; message: string }[];
    requestId: string;
  };
}

/** Fastify's own failures, translated into our kinds. */
function fromFastify(err: FastifyError, bodyLimit: number): AppError | undefined {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('invalid', 'common.malformed_body');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('invalid', 'common.body_required');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('too_large', 'common.too_large', { limit: bodyLimit });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported', 'common.unsupported_media_type', { type: 'unknown' });
  }
  if (err instanceof SyntaxError && err.statusCode === 400) return new AppError('invalid', 'common.malformed_body');
  return undefined;
}

function renderIssues(issues: FieldIssue[], locale: Locale) {
  return issues.map((i) => ({
    path: i.path.join('.'),
    code: i.code,
    message: isMessageKey(i.message) ? t(locale, i.message, i.params) : i.message,
  }));
}

/** The one place where failures become HTTP answers. Unknown errors are logged and masked. */
export function makeErrorHandler(bodyLimit: number) {
  return function handleError(this: unknown, err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
    const locale = req.locale;
    if (err instanceof RequestValidationError) {
      const issues = localizeValidation(err, locale);
      const body: ErrorBody = {
        error: {
          code: 'common.invalid_request',
          message: t(locale, 'common.invalid_request', { count: issues.length }),
          issues: issues.map((i) => ({ ...i, path: i.path.join('.') })),
          requestId: req.id,
        },
      };
      return reply.status(400).send(body);
    }
    // A route may set its own body limit (uploads): quote the one that applied.
    const app = err instanceof AppError ? err : fromFastify(err, req.routeOptions.bodyLimit ?? bodyLimit);
    if (app) {
      if (app.kind === 'rate_limited' && app.params.seconds !== undefined) reply.header('retry-after', String(app.params.seconds));
      const body: ErrorBody = {
        error: {
          code: app.code,
          message: t(locale, app.code, app.params),
          ...(app.issues.length ? { issues: renderIssues(app.issues, locale) } : {}),
          requestId: req.id,
        },
      };
      return reply.status(app.status).send(body);
    }
    if (err.statusCode === 503) {
      return reply.status(503).send({ error: { code: 'common.unavailable', message: t(locale, 'common.unavailable'), requestId: req.id } });
    }
    req.log.error({ err }, 'unhandled error');
    const body: ErrorBody = {
      error: { code: 'common.internal', message: t(locale, 'common.internal', { requestId: req.id }), requestId: req.id },
    };
    return reply.status(500).send(body);
  };
}
