import type { Say } from "../core";
import type { Spoken } from "./spoken";

/** A refusal found before anything was written: protection, cell-edit mode, a concurrent edit. */
export class ActionRefusedError extends Error {
  readonly kind: "refused" | "protected" | "cell-edit-mode" | "changed-meanwhile" | "cancelled";
  /** Per-row reasons when the engine refused rows (`say`: the reason as data). */
  readonly refused?: { row: number; address: string; reason: string; say?: Say }[];
  /** `message` as data, one `Say` per sentence; absent when the words are not the catalogue's. */
  readonly say?: readonly Say[];

  constructor(kind: ActionRefusedError["kind"], said: string | Spoken, refused?: ActionRefusedError["refused"]) {
    super(typeof said === "string" ? said : said.message);
    this.name = "ActionRefusedError";
    this.kind = kind;
    this.refused = refused;
    if (typeof said !== "string") this.say = said.say;
  }
}
