import type { Texts } from './texts';

/** Messages of the registry's products part, keys prefixed `registry.`. */
export const productMessages = {
} satisfies Record<string, Texts>;
