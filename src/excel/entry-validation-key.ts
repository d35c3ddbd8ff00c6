/** Where Protect entry keeps the record of the rules it applied, in the workbook's settings. */
export const ENTRY_RULES_KEY = "inventoryRows.entryRules";
