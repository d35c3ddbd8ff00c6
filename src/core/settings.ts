import { z } from "zod";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, parseAddress, toAddress } from "./cells";
import { headerKey } from "./header-text";
import { EN, say, sayList, textOf, type MessageId, type MessageValues, type Say } from "./messages";
import { DEFAULT_LOCALE, numberSymbols } from "./locale-numbers";
import { LANGUAGES } from "./locales";
import { realShapeSettings } from "./settings-real";

/** A BCP 47 tag that `Intl` accepts (`fi-FI`); design.md §14. */
const localeSchema = z.string().max(100).refine((tag) => {
  try {
    numberSymbols(tag);
    return true;
  } catch {
    return false;
  }
}, "settings-not-a-locale");

/** Roles a user can point at a header of their own (docs/design.md §1). */
const mappingSchema = z
  .object({
    quantity: z.string().min(1).max(255),
    codes: z.string().min(1).max(255),
    category: z.string().min(1).max(255),
    name: z.string().min(1).max(255),
    income: z.string().min(1).max(255),
    expense: z.string().min(1).max(255),
    status: z.string().min(1).max(255),
    available: z.string().min(1).max(255),
    purchase: z.string().min(1).max(255),
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
        ctx.addIssue({ code: "custom", path: [role], message: "settings-same-column", params: { other, header: header.trim() } });
      } else taken.set(headerKey(header), role);
    }
  });

/** An A1 cell address such as `A1` or `C14` (no sheet, no `$`). */
const A1_PATTERN = /^[A-Za-z]{1,3}[1-9][0-9]{0,6}$/;
const a1Schema = z
  .string()
  .regex(A1_PATTERN, "settings-not-a-cell-address")
  .refine((a) => {
    // zod runs this check even after the pattern failed; that case is reported already.
    if (!A1_PATTERN.test(a)) return true;
    const cell = parseAddress(a);
    return cell.column < EXCEL_MAX_COLUMNS && cell.row < EXCEL_MAX_ROWS;
  }, { message: "settings-not-on-the-sheet", params: { last: toAddress(EXCEL_MAX_ROWS - 1, EXCEL_MAX_COLUMNS - 1) } });

/** The classes a status word falls in (availability.ts). */
const statusClassSchema = z.enum(["available", "out", "unavailable"], { message: "settings-not-a-status-class" });
const statusMapSchema = z
  .record(z.string().trim().min(1).max(255), statusClassSchema)
  .refine((map) => Object.keys(map).length <= 500, { message: "settings-too-many", params: { maximum: 500 } });

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
      .regex(/^[^\\/?*[\]:]+$/, "settings-sheet-name-characters")
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
      .regex(/^[^\s,;|]+$/, "settings-code-prefix-characters")
      .default("ITEM"),
    /** Digits of the number in generated codes (`ITEM-0001` has 4). */
    codeDigits: z.number().int().min(1).max(10).default(4),
    maxCodeLength: z.number().int().min(1).max(32767).default(64),
    /**
     * The workbook's locale (BCP 47): how number text is read (`1.234` is 1234 in de-DE) and
     * which language's headers messages name first. design.md §14.
     */
    locale: localeSchema.default(DEFAULT_LOCALE),
    /** Header catalogues matched (language codes such as `fi`); all of them when absent. */
    languages: z.array(z.enum(LANGUAGES, { message: "settings-not-a-language" })).min(1).max(LANGUAGES.length).optional(),
    liveCheck: z.boolean().default(true),
    /**
     * Status words the operator classed (design.md §28): the word as written (compared trimmed,
     * case-insensitive) → its class. Consulted before the built-in words of every language.
     */
    statusMap: statusMapSchema.default({}),
    /** Characters a barcode scanner sends before / after each code (stocktake, design.md §26): taken off each scan. */
    scanPrefix: z.string().max(20).default(""),
    scanSuffix: z.string().max(20).default(""),
    /**
     * Per read, never stored (like `origin`): the sheet row number of the last used row when
     * the sheet holds more below the values passed (content under an Excel table). Serialize
     * refuses a plan that would push it past Excel's last row. Default: the last row of `values`.
     */
    lastUsedRow: z.number().int().min(1).max(EXCEL_MAX_ROWS).optional(),
    ...realShapeSettings,
  })
  .strict();

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

/**
 * Whether a zod message is a catalogue id: this schema's own problems carry one as their
 * message (and its values as `params`), which `describeSettingsIssue` puts into words.
 */
function isMessageId(message: string): message is MessageId {
  return Object.prototype.hasOwnProperty.call(EN, message);
}

/** One zod issue as data: `currencyDecimals: must be a whole number`. */
function settingsIssueSay(issue: z.core.$ZodIssue): Say {
  const at = issue.path.length > 0 ? { where: issue.path.join(".") } : undefined;
  const problem = (id: MessageId, values: MessageValues = {}): Say => (at ? say(id, { ...values, ...at }) : say(id, values, { where: say("settings-root") }));
  switch (issue.code) {
    case "unrecognized_keys":
      return sayList(issue.keys.map((k) => say("settings-unknown", { where: at ? `${at.where}.${k}` : k })), "list-semicolon");
    case "invalid_type":
      if (issue.expected === "int") return problem("settings-not-whole");
      if (issue.expected === "object" && issue.path.length === 0) return problem("settings-not-an-object");
      return problem("settings-wrong-type", { expected: issue.expected });
    case "too_small":
      if (issue.origin === "string" || issue.origin === "array") return problem("settings-empty");
      return problem("settings-too-small", { minimum: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return problem("settings-too-long", { maximum: Number(issue.maximum) });
      if (issue.origin === "array") return problem("settings-too-many", { maximum: Number(issue.maximum) });
      return problem("settings-too-big", { maximum: Number(issue.maximum) });
    default: {
      if (!isMessageId(issue.message)) return problem("settings-invalid", { problem: issue.message });
      const params = issue.code === "custom" ? (issue.params as MessageValues | undefined) : undefined;
      return problem(issue.message, params);
    }
  }
}

/**
 * Validates stored or typed settings: `{ success: true, data }` with every default
 * filled, or `{ success: false, errors, says }`: one per problem, in plain English words and as data. Unknown
 * keys and bad values are rejected; nothing is half-applied.
 *
 * @example parseSettings({ currencyDecimals: 3 }) // { success: true, data: { …, currencyDecimals: 3 } }
 * @example parseSettings({ colour: "red" }) // { success: false, errors: ["colour: unknown setting"] }
 */
export function parseSettings(input: unknown): { success: true; data: Settings } | { success: false; errors: string[]; says: Say[] } {
  const result = settingsSchema.safeParse(input === undefined ? {} : input);
  if (result.success) return { success: true, data: result.data };
  const says = result.error.issues.map(settingsIssueSay);
  return { success: false, errors: says.map(textOf), says };
}
