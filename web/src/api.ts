import i18n from './i18n';

/** A refusal from the API (`{ error: { code, message, issues } }`): the message is in the reader's language already. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; code: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** Dispatched on window when the API answers 401 to a signed-in page. */
export const SESSION_ENDED = 'tumen:session-ended';

export type Query = Record<string, string | number | boolean | undefined | null>;

export function apiUrl(path: string, query: Query = {}): string {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
  url.searchParams.set('lang', i18n.language);
  return url.pathname + url.search;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  /** JSON body, or a Blob/File sent as is with its own type. */
  body?: unknown;
  contentType?: string;
}

/** Calls the API with the session cookie and the page's language; answers the parsed body or throws ApiError. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.body instanceof Blob) {
    body = opts.body;
    headers['content-type'] = opts.contentType ?? (opts.body.type || 'application/octet-stream');
  } else if (typeof opts.body === 'string' && opts.contentType) {
    body = opts.body;
    headers['content-type'] = opts.contentType;
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(apiUrl(path, opts.query), { method: opts.method ?? (body ? 'POST' : 'GET'), headers, body, credentials: 'same-origin' });
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  const parsed: unknown = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    // A session that ended (expired, signed out elsewhere) sends the reader back to sign in.
    if (res.status === 401 && path !== '/api/auth/me' && path !== '/api/auth/login') window.dispatchEvent(new Event(SESSION_ENDED));
    const p = (typeof parsed === 'object' && parsed && (parsed as { error?: unknown }).error) as { code?: string; message?: string; issues?: ApiError['issues'] } | undefined;
    throw new ApiError(res.status, p ? (p.code ?? 'common.error') : 'common.error', p && p.message ? p.message : i18n.t('common:error.http', { status: res.status }), p ? (p.issues ?? []) : []);
  }
  return parsed as T;
}

/** Downloads a file the API produces (XLSX, CSV, HTML) under the name it gives. */
export async function download(path: string, query: Query = {}, fallbackName = 'download'): Promise<void> {
  const res = await fetch(apiUrl(path, query), { credentials: 'same-origin' });
  if (!res.ok) {
    const p = ((await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, p?.code ?? 'common.error', p?.message ?? i18n.t('common:error.http', { status: res.status }));
  }
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = star ? decodeURIComponent(star[1]!) : (plain?.[1] ?? fallbackName);
  const blobUrl = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = blobUrl;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(blobUrl), 10_000);
}
