import { z } from "zod";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, parseAddress } from "./cells";
import { headerKey } from "./header-text";

/** Roles a user can point at a header of their own (SPEC §1). */
const mappingSchema = z
  .object({
    quantity: z.string().min(1).max(255),
    codes: z.string().min(1).max(255),
    category: z.string().min(1).max(255),
    name: z.string().min(1).max(255),
    income: z.string().min(1).max(255),
    expense: z.string().min(1).max(255),
  })
  .partial()
  .strict()
  .superRefine((mapping, ctx) => {
    // One column, one role: mapped twice, the later role would silently take the column.
    const taken = new Map<string, string>();
    for (const [role, header] of Object.entries(mapping)) {
      if (header === undefined) continue;
      const other = taken.get(headerKey(header));
      if (other !== undefined) {
        ctx.addIssue({ code: "custom", path: [role], message: `names the same column as ${other} ("${header.trim()}"); a column can have one role` });
      } else taken.set(headerKey(header), role);
    }
  });

/** An A1 cell address such as `A1` or `C14` (no sheet, no `$`). */
const A1_PATTERN = /^[A-Za-z]{1,3}[1-9][0-9]{0,6}$/;
const a1Schema = z
  .string()
  .regex(A1_PATTERN, "must be a cell address such as A1")
  .refine((a) => {
    // zod runs this check even after the pattern failed; that case is reported already.
    if (!A1_PATTERN.test(a)) return true;
    const cell = parseAddress(a);
    return cell.column < EXCEL_MAX_COLUMNS && cell.row < EXCEL_MAX_ROWS;
  }, "must be a cell on the sheet (A1 to XFD1048576)");

/**
 * Every setting with its default. Stored in the workbook, validated on load,
 * and passed (partially) to every engine call.
 */
export const settingsSchema = z
  .object({
    /** Sheet address of `values[0][0]`, so messages name the cells the user sees. */
    origin: a1Schema.default("A1"),
    /** Header text to use for a role, overriding automatic detection. */
    mapping: mappingSchema.default({}),
    summarySheetName: z
      .string()
      .trim()
      .min(1)
      .max(31)
      .regex(/^[^\\/?*[\]:]+$/, "cannot contain \\ / ? * [ ] or :")
      .default("Inventory summary"),
    /** Decimals of the currency: money is kept in integer minor units of 10^-decimals. */
    currencyDecimals: z.number().int().min(0).max(4).default(2),
    caseSensitiveCodes: z.boolean().default(false),
    /** Extra headers split on serialize and summed on aggregate, besides income and expense. */
    additiveColumns: z.array(z.string().min(1).max(255)).max(200).default([]),
    /** Prefix of codes made by "Generate codes" (`ITEM-0001`). */
    codePrefix: z
      .string()
      .trim()
      .min(1)
      .max(20)
      .regex(/^[^\s,;|]+$/, "cannot contain spaces, commas, semicolons or |")
      .default("ITEM"),
    /** Digits of the number in generated codes (`ITEM-0001` has 4). */
    codeDigits: z.number().int().min(1).max(10).default(4),
    maxCodeLength: z.number().int().min(1).max(32767).default(64),
    liveCheck: z.boolean().default(true),
    /**
     * Per read, never stored (like `origin`): the sheet row number of the last used row when
     * the sheet holds more below the values passed (content under an Excel table). Serialize
     * refuses a plan that would push it past Excel's last row. Default: the last row of `values`.
     */
    lastUsedRow: z.number().int().min(1).max(EXCEL_MAX_ROWS).optional(),
  })
  .strict();

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

/** Plain words for one zod issue: `currencyDecimals: must be a whole number`. */
function describeSettingsIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join(".") : "settings";
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys
        .map((k) => `${issue.path.length > 0 ? `${where}.` : ""}${k}: unknown setting`)
        .join("; ");
    case "invalid_type":
      if (issue.expected === "int") return `${where}: must be a whole number`;
      if (issue.expected === "object" && issue.path.length === 0) return "settings: must be an object of named settings";
      return `${where}: must be ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}`;
    case "too_small":
      return issue.origin === "string" || issue.origin === "array"
        ? `${where}: must not be empty`
        : `${where}: must be at least ${String(issue.minimum)}`;
    case "too_big":
      return issue.origin === "string"
        ? `${where}: must be at most ${String(issue.maximum)} characters`
        : issue.origin === "array"
          ? `${where}: must have at most ${String(issue.maximum)} entries`
          : `${where}: must be at most ${String(issue.maximum)}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

/**
 * Validates stored or typed settings: `{ success: true, data }` with every default
 * filled, or `{ success: false, errors }` in plain words (one per problem). Unknown
 * keys and bad values are rejected; nothing is half-applied.
 *
 * @example parseSettings({ currencyDecimals: 3 }) // { success: true, data: { …, currencyDecimals: 3 } }
 * @example parseSettings({ colour: "red" }) // { success: false, errors: ["colour: unknown setting"] }
 */
export function parseSettings(input: unknown): { success: true; data: Settings } | { success: false; errors: string[] } {
  const result = settingsSchema.safeParse(input === undefined ? {} : input);
  if (result.success) return { success: true, data: result.data };
  return { success: false, errors: result.error.issues.map(describeSettingsIssue) };
}
