/** English headers (the catalogue `ROLE_ALIASES` has always been; spec §1). */
import type { Catalogue } from "./catalogue";

export const EN: Catalogue = {
  quantity: ["Quantity", "Qty", "Count", "Units", "Amount in stock"],
  codes: ["Stock codes", "Stock code", "Codes", "Code", "Barcodes", "Barcode", "Serial", "Serials", "Serial number",
    "Serial numbers", "Asset tag", "Asset tags", "SKU codes"],
  category: ["Category", "Group", "Type", "Product group"],
  name: ["Name", "Item", "Item name", "Product", "Description"],
  income: ["Income", "Revenue", "Sales", "Rental income"],
  expense: ["Expense", "Expenses", "Cost", "Costs", "Maintenance cost", "Purchase cost"],
};
