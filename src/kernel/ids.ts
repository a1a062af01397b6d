import { uuidv7 } from 'uuidv7';

/** Time-ordered UUIDv7, generated in code (PostgreSQL 15 has no uuidv7()). */
export type IdGenerator = () => string;

export const newId: IdGenerator = () => uuidv7();
