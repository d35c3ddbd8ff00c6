/**
 * The shape of a header catalogue (docs/design.md §14): for each column role, the headers
 * operators write for it in one language. Catalogues are data only; `header-lookup.ts`
 * folds them into one map.
 */
import type { Role } from "../types";

/** Headers recognised for each role, in one language; the first ones are named in messages. */
export type Catalogue = Readonly<Record<Role, readonly string[]>>;
