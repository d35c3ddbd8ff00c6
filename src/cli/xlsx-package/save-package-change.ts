/**
 * serialize / aggregate / fix / generate-codes `--out` of an .xlsx the part-by-part path takes:
 * every part copied still compressed but the sheet (rows renumbered, copies and deletes, the
 * plan's cells written while it streams) and the styles (a text `@` style per style a written
 * cell had); the same workbook as applySheetChange + saveWorkbook on the whole workbook.
 * workbook.xml is copied as it is: the whole path's fullCalcOnLoad only matters for formulas,
 * and a package with any formula takes the whole path (change-copyable.ts).
 */
import type { SheetChange } from "../../core";
import { writeOutput } from "../out-file";
import { entryChunks, entryText, findEntry, type ZipEntryInfo } from "../zip/zip-read";
import { createZipSink } from "../zip/zip-write";
import type { XlsxPackage } from "./package-input";
import { rewriteSheet } from "./sheet-rewrite";
import { cellXfsOf, TextStyles } from "./styles-text";

export interface PackageChangeTarget {
  pkg: XlsxPackage;
  /** 1-based Excel row and column of the grid's first cell. */
  originRow: number;
  originColumn: number;
  /** Columns in the grid (copies take only these, as copyRow does). */
  gridWidth: number;
}

/** Writes the changed copy to `target` (claimed when complete, writeOutput); returns the rows added and removed. */
export async function savePackageChange(at: PackageChangeTarget, change: SheetChange, target: string): Promise<{ added: number; removed: number }> {
  const { pkg } = at;
  const stylesEntry = pkg.stylesPart === undefined ? undefined : findEntry(pkg.zip, pkg.stylesPart);
  const stylesXml = stylesEntry ? entryText(pkg.zip, stylesEntry) : "";
  const styles = new TextStyles(cellXfsOf(stylesXml) ?? []);
  const sheet = rewriteSheet(entryChunks(pkg.zip, requiredEntry(pkg, pkg.sheetPart)), {
    change, originRow: at.originRow, originColumn: at.originColumn, gridWidth: at.gridWidth, lastRow: pkg.lastRow ?? 0, asText: (s) => styles.asText(s),
  });
  await writeOutput(target, async (temp) => {
    const sink = await createZipSink(temp);
    try {
      for (const entry of pkg.zip.entries) {
        if (entry.name === pkg.sheetPart) await sink.addStreamed(entry.name, sheet);
        // The styles go last: the sheet's text cells make their clones as it streams.
        else if (entry !== stylesEntry) await sink.copyEntry(pkg.zip, entry.name);
      }
      if (stylesEntry && styles.changed) await sink.addEntry(stylesEntry.name, styles.stylesWith(stylesXml));
      else if (stylesEntry) await sink.copyEntry(pkg.zip, stylesEntry.name);
      await sink.finish();
    } catch (error) {
      await sink.abort();
      throw error;
    }
  });
  return { added: change.inserts.reduce((n, i) => n + i.count, 0), removed: change.deletes.length };
}

function requiredEntry(pkg: XlsxPackage, name: string): ZipEntryInfo {
  const entry = findEntry(pkg.zip, name);
  if (!entry) throw new Error(`${name} is missing from the package`);
  return entry;
}
