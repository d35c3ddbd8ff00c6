/** The Settings form's editable copy of the stored settings, and its checks in plain words. */
import { settingsSchema, type MessageId, type Role, type Settings } from "../core";
import type { MappingDraft } from "./components/column-mapping";
import { shapeChanges, toShapeDraft, type ShapeDraft } from "./shape-draft";
import { statusEntriesValid, toStatusEntries, toStatusMap, type StatusEntry } from "./status-map-draft";

export interface SettingsDraft {
  mapping: MappingDraft;
  summarySheetName: string;
  currencyDecimals: number;
  caseSensitiveCodes: boolean;
  additiveColumns: string[];
  codePrefix: string;
  codeDigits: number;
  liveCheck: boolean;
  /** What the barcode scanner adds around each code (stocktake takes it off). */
  scanPrefix: string;
  scanSuffix: string;
  /** Real export shapes (issue 13): shape-draft.ts. */
  shape: ShapeDraft;
  /** Status words and their classes (issue 16): status-map-draft.ts. */
  statusMap: StatusEntry[];
}

/** The catalogue id of the problem with each field that has one. */
export type DraftErrors = Partial<Record<keyof SettingsDraft, MessageId>>;

/** The built-in defaults, for before (or instead of) the stored settings. */
export const defaultSettings: Settings = settingsSchema.parse({});

export function toDraft(settings: Settings): SettingsDraft {
  return {
    mapping: { ...settings.mapping },
    summarySheetName: settings.summarySheetName,
    currencyDecimals: settings.currencyDecimals,
    caseSensitiveCodes: settings.caseSensitiveCodes,
    additiveColumns: [...settings.additiveColumns],
    codePrefix: settings.codePrefix,
    codeDigits: settings.codeDigits,
    liveCheck: settings.liveCheck,
    scanPrefix: settings.scanPrefix,
    scanSuffix: settings.scanSuffix,
    shape: toShapeDraft(settings),
    statusMap: toStatusEntries(settings.statusMap),
  };
}

/** Problems with the typed values, one message id per field; empty when the draft can be saved. */
export function checkDraft(draft: SettingsDraft): DraftErrors {
  const errors: DraftErrors = {};
  const shape = settingsSchema.shape;
  if (!shape.summarySheetName.safeParse(draft.summarySheetName).success) {
    errors.summarySheetName = "pane-error-sheet-name";
  }
  if (!shape.codePrefix.safeParse(draft.codePrefix).success) {
    errors.codePrefix = "pane-error-code-prefix";
  }
  for (const key of ["scanPrefix", "scanSuffix"] as const) {
    if (!shape[key].safeParse(draft[key]).success) errors[key] = "stocktake-pane-settings-too-long";
  }
  if (!statusEntriesValid(draft.statusMap)) errors.statusMap = "availability-pane-status-map-wrong";
  const quantity = draft.mapping.quantity;
  if (quantity && quantity === draft.mapping.codes) {
    errors.mapping = "pane-error-same-column";
  }
  return errors;
}

/** The changes to store: the whole form, trimmed, with "Automatic" roles left out. */
export function toChanges(draft: SettingsDraft): Partial<Settings> {
  const mapping: Partial<Record<Role, string>> = {};
  for (const [role, header] of Object.entries(draft.mapping) as [Role, string | undefined][]) {
    if (header) mapping[role] = header;
  }
  return {
    mapping,
    summarySheetName: draft.summarySheetName.trim(),
    currencyDecimals: draft.currencyDecimals,
    caseSensitiveCodes: draft.caseSensitiveCodes,
    additiveColumns: draft.additiveColumns,
    codePrefix: draft.codePrefix.trim(),
    codeDigits: draft.codeDigits,
    liveCheck: draft.liveCheck,
    // Not trimmed: a scanner's prefix or suffix may be any character the operator set up.
    scanPrefix: draft.scanPrefix,
    scanSuffix: draft.scanSuffix,
    ...shapeChanges(draft.shape),
    statusMap: toStatusMap(draft.statusMap),
  };
}

/** "ITEM-0001" for prefix ITEM and 4 digits. */
export function sampleCode(prefix: string, digits: number): string {
  return `${prefix.trim() || "ITEM"}-${"1".padStart(digits, "0")}`;
}
