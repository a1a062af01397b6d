/**
 * The constraint a unique violation hit, if the error (or its cause, as drivers wrap it) is one: a
 * concurrent insert that passed a service's own existence check.
 */
export function uniqueViolation(e: unknown): string | undefined {
  for (let c: unknown = e; c && typeof c === 'object'; c = (c as { cause?: unknown }).cause) {
    const pgError = c as { code?: string; constraint?: string };
    if (pgError.code === '23505') return pgError.constraint ?? 'unknown';
  }
  return undefined;
}

/** PostgreSQL broke a deadlock (40P01) or refused a serialisation (40001). */
export function deadlock(e: unknown): boolean {
  for (let c: unknown = e; c && typeof c === 'object'; c = (c as { cause?: unknown }).cause) {
    const code = (c as { code?: string }).code;
    if (code === '40P01' || code === '40001') return true;
  }
  return false;
}
