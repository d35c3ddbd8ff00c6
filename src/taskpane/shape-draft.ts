/**
 * The Settings form's copy of the settings for real export shapes (issue 13, design.md §17):
 * per-unit columns, registers, the duplicate scope, one code per cell and muted rules.
 */
import type { RuleId, Settings } from "../core";

export interface ShapeDraft {
  /** True: per-unit columns are detected from the headers (`perUnitColumns` absent). */
  perUnitDetect: boolean;
  perUnitColumns: string[];
  eachRowOneUnit: Settings["eachRowOneUnit"];
  /** "" for the whole sheet. */
  codesUniqueWithin: string;
  oneCodePerCell: boolean;
  ignoredRules: RuleId[];
}

export function toShapeDraft(settings: Settings): ShapeDraft {
  return {
    perUnitDetect: settings.perUnitColumns === undefined,
    perUnitColumns: [...(settings.perUnitColumns ?? [])],
    eachRowOneUnit: settings.eachRowOneUnit,
    codesUniqueWithin: settings.codesUniqueWithin ?? "",
    oneCodePerCell: settings.oneCodePerCell,
    ignoredRules: [...settings.ignoredRules],
  };
}

/** The settings to store; an absent choice is stored as absent (undefined), so the default applies. */
export function shapeChanges(draft: ShapeDraft): Partial<Settings> {
  return {
    perUnitColumns: draft.perUnitDetect ? undefined : draft.perUnitColumns,
    eachRowOneUnit: draft.eachRowOneUnit,
    codesUniqueWithin: draft.codesUniqueWithin === "" ? undefined : draft.codesUniqueWithin,
    oneCodePerCell: draft.oneCodePerCell,
    ignoredRules: draft.ignoredRules,
  };
}
