/** Range.text: a cell's value as Excel displays it, for the common number formats. */
import type { CellValue } from "./types";

const DAY_MS = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function fromSerial(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * DAY_MS));
}

function grouped(n: number, decimals: number): string {
  return n.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** General format: up to 11 significant characters, like Excel's default column. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  if (Math.abs(n) >= 1e11 || (n !== 0 && Math.abs(n) < 1e-9)) return n.toExponential(5).replace(/\.?0+e/, "E").replace("E+", "E+").replace(/E([+-])(\d)$/, "E$10$2");
  return String(Number(n.toPrecision(10)));
}

export function displayText(value: CellValue, format: string | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const f = format ?? "General";
  const decimals = (/\.(0+)/.exec(f)?.[1].length) ?? 0;
  if (f === "General" || f === "@") return general(value);
  if (/%$/.test(f)) return `${(value * 100).toFixed(decimals)}%`;
  if (/^\$#,##0/.test(f)) return value < 0 ? `-$${grouped(-value, decimals)}` : `$${grouped(value, decimals)}`;
  if (/^#,##0/.test(f)) return grouped(value, decimals);
  if (/^0(\.0+)?$/.test(f)) return value.toFixed(decimals);
  if (f === "m/d/yyyy") {
    const d = fromSerial(value);
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
  }
  if (f === "d-mmm") {
    const d = fromSerial(value);
    return `${d.getUTCDate()}-${MONTHS[d.getUTCMonth()]}`;
  }
  if (f === "h:mm") {
    const minutes = Math.round((value % 1) * 1440);
    return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
  }
  return general(value);
}
