/** exceljs 4.4's table of Excel's built-in number formats by id (what `cell.numFmt` says for them). */
declare module "exceljs/lib/xlsx/defaultnumformats" {
  const formats: Record<string, { f?: string } | undefined>;
  export default formats;
}
