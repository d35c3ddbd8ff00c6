/** A refusal found before anything was written: protection, cell-edit mode, a concurrent edit. */
export class ActionRefusedError extends Error {
  readonly kind: "refused" | "protected" | "cell-edit-mode" | "changed-meanwhile" | "cancelled";
  /** Per-row reasons when the engine refused rows. */
  readonly refused?: { row: number; address: string; reason: string }[];

  constructor(kind: ActionRefusedError["kind"], message: string, refused?: ActionRefusedError["refused"]) {
    super(message);
    this.name = "ActionRefusedError";
    this.kind = kind;
    this.refused = refused;
  }
}
