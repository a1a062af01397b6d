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
