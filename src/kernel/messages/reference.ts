import type { Texts } from './texts';

/** Messages of the registry's reference part, keys prefixed `registry.`. */
export const referenceMessages = {
} satisfies Record<string, Texts>;
