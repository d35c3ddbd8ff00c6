/** A refusal the app makes itself: the adapter's `ActionRefusedError` with its words as data too. */
import type { Say } from "../core";
import { ActionRefusedError } from "../excel";
import type { RefusedRow } from "./types";
import type { Words } from "./words";

export class Refusal extends ActionRefusedError {
  declare readonly say: readonly Say[];

  constructor(kind: ActionRefusedError["kind"], said: Words, refused?: RefusedRow[]) {
    super(kind, said, refused);
    this.name = "ActionRefusedError";
  }
}
