/**
 * Drawing every label of a plan before laying them out (docs/design.md §29): each code's
 * barcode is drawn once (copies share it), and a code that cannot be drawn (bwip-js refuses
 * it, or its bars would print too thin for the label) is left out as a refusal naming its
 * cell, as the engine's own refusals do, while the other labels are still made.
 */
import { quotedCode, say, textOf, type Label, type LabelPlan, type LabelRefusal, type Say } from "../core";
import { BarcodeError } from "./barcode-error";

export interface DrawnLabel<T> {
  label: Label;
  picture: T;
}

/** Names a cell from its 0-based grid row and column (the CLI: `toAddress` with the origin). */
export type CellNamer = (row: number, column: number) => string;

const SYMBOLOGY_NAMES = { code128: "Code 128", qr: "QR", ean13: "EAN-13" } as const;

/**
 * Why a code could not be drawn, naming `cell`; rethrows what is not a drawing failure. The
 * command line's: a `BarcodeError` in our words or bwip-js's, anything else rethrown.
 */
export type DrawFailure = (error: unknown, cell: string) => Say;

function commandLineFailure(error: unknown, cell: string): Say {
  if (!(error instanceof BarcodeError)) throw error;
  return barcodeSay(error, cell);
}

/** The plan's labels with their pictures, in order; the codes that could not be drawn, once each. */
export async function drawLabels<T>(
  plan: LabelPlan, cell: CellNamer, draw: (label: Label) => Promise<T>, failure: DrawFailure = commandLineFailure,
): Promise<{ drawn: DrawnLabel<T>[]; refused: LabelRefusal[] }> {
  const pictures = new Map<string, Outcome<T>>();
  const drawn: DrawnLabel<T>[] = [];
  const refused: LabelRefusal[] = [];
  for (const label of plan.labels) {
    const key = `${label.code}\u0000${label.lines.length}`;
    let outcome = pictures.get(key);
    if (!outcome) {
      outcome = await drawOne(label, cell, draw, failure);
      pictures.set(key, outcome);
      if ("refusal" in outcome && !refused.some((r) => r.code === label.code && r.row === label.row)) refused.push(outcome.refusal);
    }
    if ("picture" in outcome) drawn.push({ label, picture: outcome.picture });
  }
  return { drawn, refused };
}

type Outcome<T> = { picture: T } | { refusal: LabelRefusal };

async function drawOne<T>(label: Label, cell: CellNamer, draw: (label: Label) => Promise<T>, failure: DrawFailure): Promise<Outcome<T>> {
  try {
    return { picture: await draw(label) };
  } catch (error) {
    const why = failure(error, cell(label.row, label.column));
    return { refusal: { row: label.row, column: label.column, code: label.code, reason: textOf(why), say: why } };
  }
}

/** A `BarcodeError` as data naming `cell`: our own reason, or bwip-js's words. */
export function barcodeSay(error: BarcodeError, cell: string): Say {
  if (error.say) return { ...error.say, values: { ...error.say.values, cell } };
  return say("labels-not-drawn", { cell, code: quotedCode(error.code), symbology: SYMBOLOGY_NAMES[error.symbology], reason: error.why });
}
