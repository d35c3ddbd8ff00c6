/**
 * The `labels` command's own options (docs/design.md §29): --layout, --symbology, --copies and
 * --lines, checked here so args.ts only passes them on.
 */
import path from "node:path";
import { DEFAULT_LAYOUT, LABEL_LINES, LAYOUT_IDS, MAX_COPIES, SYMBOLOGIES, type LabelLine, type LayoutId, type Symbology } from "../core";
import { CliError } from "./cli-error";

export interface LabelCliOptions {
  layout: LayoutId;
  symbology: Symbology;
  copies: number;
  lines: LabelLine[];
}

/** What `labels --out` writes. */
export type LabelsOutput = "pdf" | "xlsx";

export const LABEL_FLAGS = ["layout", "symbology", "copies", "lines"] as const;

export const labelParseConfig = {
  layout: { type: "string" },
  symbology: { type: "string" },
  copies: { type: "string" },
  lines: { type: "string" },
} as const;

type Given = Partial<Record<(typeof LABEL_FLAGS)[number], string>>;

/** The labels options from the flags given (defaults: l7160, code128, 1 copy, code,name,category). */
export function labelOptions(given: Given): LabelCliOptions {
  const layout = oneOf("layout", given.layout ?? DEFAULT_LAYOUT, LAYOUT_IDS);
  const symbology = oneOf("symbology", given.symbology ?? "code128", SYMBOLOGIES);
  const copies = given.copies === undefined ? 1 : Number(given.copies);
  if (!/^\d+$/.test(given.copies ?? "1") || copies < 1 || copies > MAX_COPIES) {
    throw new CliError(`--copies ${given.copies}: give a whole number from 1 to ${MAX_COPIES}`);
  }
  const lines = given.lines === undefined ? LABEL_LINES.slice() : given.lines.split(",").map((l) => l.trim().toLowerCase()).filter((l) => l !== "");
  for (const line of lines) oneOf("lines", line, LABEL_LINES);
  return { layout, symbology, copies, lines: [...new Set(lines)] as LabelLine[] };
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const v = value.trim().toLowerCase();
  if (!(allowed as readonly string[]).includes(v)) throw new CliError(`--${flag} ${value}: use ${allowed.join(", ")}`);
  return v as T;
}

/** What `--out` asks labels for, or the reason it cannot. */
export function labelsOutput(out: string): LabelsOutput | string {
  const extension = path.extname(out).toLowerCase();
  if (extension === ".pdf") return "pdf";
  if (extension === ".xlsx") return "xlsx";
  return `--out ${out}: labels writes .pdf (print-ready pages) or .xlsx (a "Labels" sheet laid out for printing)`;
}
