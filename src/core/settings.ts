import { z } from "zod";

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
  .strict();

/** An A1 cell address such as `A1` or `C14` (no sheet, no `$`). */
const a1Schema = z.string().regex(/^[A-Za-z]{1,3}[1-9][0-9]{0,6}$/, "must be a cell address such as A1");

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
  })
  .strict();

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
