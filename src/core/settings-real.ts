/**
 * Settings for inventories as real exports shape them (issue 13, docs/design.md §17): per-unit
 * amounts, registers without a quantity column, the scope of the duplicate check, one code per
 * cell and muted rules. Spread into `settingsSchema`.
 */
import { z } from "zod";
import type { RuleId } from "./types";
import { RULE_ORDER } from "./rule-titles";

const header = z.string().min(1).max(255);

/** The rule ids a workbook may mute, as zod wants them (a non-empty tuple). */
const RULES = RULE_ORDER as [RuleId, ...RuleId[]];

/** How a sheet without a quantity column is read (design.md §17). */
export const EACH_ROW_ONE_UNIT = ["auto", "on", "off"] as const;
export type EachRowOneUnit = (typeof EACH_ROW_ONE_UNIT)[number];

export const realShapeSettings = {
  /**
   * Headers of columns holding the amount of one unit (a list price), copied to every unit on
   * serialize, required to agree on aggregate, shown as stock value in the summary. Absent:
   * detected from the headers (Unit price, List price, Rate, …); `[]`: none.
   */
  perUnitColumns: z.array(header).max(200).optional(),
  /**
   * `auto`: a sheet with a codes column but no quantity column counts each row as one unit;
   * `on`: always so (a register: a quantity column is not looked for); `off`: a quantity column is required.
   */
  eachRowOneUnit: z.enum(EACH_ROW_ONE_UNIT, { message: "settings-not-each-row-one-unit" }).default("auto"),
  /** Header of the column (Part, SKU) within which codes must be unique; absent: the whole sheet. */
  codesUniqueWithin: header.optional(),
  /** The codes cell is one code, commas and all (`SZF 0-0,4X2,5`). */
  oneCodePerCell: z.boolean().default(false),
  /** Rules whose issues are not shown; counted in a report note. A muted error still keeps its row invalid. */
  ignoredRules: z.array(z.enum(RULES, { message: "settings-not-a-rule" })).max(RULES.length).default([]),
};
