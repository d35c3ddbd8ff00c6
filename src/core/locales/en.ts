/** English headers (the catalogue `ROLE_ALIASES` has always been; spec §1). */
import type { Catalogue } from "./catalogue";

export const EN: Catalogue = {
  quantity: ["Quantity", "Qty", "Count", "Units", "Amount in stock"],
  codes: ["Stock codes", "Stock code", "Codes", "Code", "Barcodes", "Barcode", "Serial", "Serials", "Serial number",
    "Serial numbers", "Asset tag", "Asset tags", "SKU codes"],
  category: ["Category", "Group", "Type", "Product group"],
  name: ["Name", "Item", "Item name", "Product", "Description"],
  income: ["Income", "Revenue", "Sales", "Rental income"],
  expense: ["Expense", "Expenses", "Cost", "Costs", "Maintenance cost"],
  status: ["Status", "Availability", "Condition", "Rental status"],
  available: ["Available", "Qty available", "Quantity available", "Available quantity", "Units available", "On hand"],
  purchase: ["Purchase price", "Purchase cost", "Purchase value", "Acquisition cost", "Acquisition value"],
};

/**
 * Headers as inventory exports name them (issue 13, design.md §17), read only when no header of
 * the catalogue above claims the role: a sheet with both `Barcode` and `SKU` keeps `Barcode` as
 * its codes, as it always did, and the category candidates (Brand, Manufacturer) only stand in
 * for a missing category column. Among several, the first column wins, without a warning.
 */
export const EN_SECONDARY: Catalogue = {
  quantity: ["Stock on hand", "On hand", "Qty on hand", "Quantity on hand", "In stock", "Quantity available", "Available quantity"],
  codes: ["SKU", "Item code", "Part number", "Tag no.", "Tag number", "Serial no.", "Asset tag no."],
  category: ["Category name", "Product category", "Item group", "Manufacturer", "Brand"],
  name: [],
  income: ["Selling price", "Sale price", "Sales price", "List price", "Rental rate", "Unit price", "Price per unit", "Rate"],
  expense: ["Cost price", "Unit cost", "Cost per unit", "Valuation"],
  status: [],
  available: [],
  purchase: [],
};

/** Any header starting with this (`barcode_ean`, `Barcode 2`) is a secondary codes header. */
export const EN_CODES_PREFIX = "barcode";
