/**
 * Dates and times typed the way Excel (en-US, 1900 date system) reads them from a CSV.
 *
 * Rules copied from Excel's en-US behaviour:
 * - `yyyy-m-d` and `yyyy/m/d` (ISO order) — `2024-01-01` → 45292.
 * - `m/d/y` and `m-d-y` with a 2- or 4-digit year; a 2-digit year 00–29 means 2000–2029,
 *   30–99 means 1930–1999 (Windows' default cut-off) — `4/5/16` → 5 April 2016.
 * - `m/d` and `m-d` without a year take the current year — `3-4` → 4 March this year.
 *   When the second number cannot be a day of that month it is read as a year instead,
 *   on the 1st of the month — `3-40` → 1 March 1940, `4/2024` → 1 April 2024.
 * - A time `h:mm`, `h:mm:ss` (optionally `AM`/`PM`) alone is a fraction of a day
 *   (`10:30` → 0.4375); after a date and a space it is added to the date's serial.
 * - Serials count days from 1899-12-30, except that Excel keeps Lotus 1-2-3's phantom
 *   29 February 1900 (serial 60), so January and February 1900 are one day lower.
 * - Years outside 1900–9999 are not dates: the text stays text.
 * Month names (`5-Jan`) are not recognised; such cells stay text.
 */

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/** Excel serial of a calendar date, or null when the date does not exist or is outside 1900–9999. */
export function toDateSerial(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (year === 1900 && month === 2 && day === 29) return 60;
  if (day > daysInMonth(year, month)) return null;
  const serial = Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return serial < 61 ? serial - 1 : serial;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function twoDigitYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:\s*([AaPp])[Mm])?$/;

/** Fraction of a day for `h:mm[:ss][ AM|PM]`, or null. */
export function parseTime(text: string): number | null {
  const m = TIME.exec(text);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = m[3] === undefined ? 0 : Number(m[3]);
  if (minutes > 59 || seconds >= 60) return null;
  if (m[4] !== undefined) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (m[4].toLowerCase() === "p" ? 12 : 0);
  } else if (hours > 23) {
    return null;
  }
  return (hours * 3600 + minutes * 60 + seconds) / 86400;
}

const ISO = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
const US_FULL = /^(\d{1,2})([-/])(\d{1,2})\2(\d{2}|\d{4})$/;
const US_SHORT = /^(\d{1,2})[-/](\d{1,4})$/;

/** Serial of a date written without a time, or null when it is not a date Excel recognises. */
export function parseDate(text: string, currentYear: number): number | null {
  let m = ISO.exec(text);
  if (m) return toDateSerial(Number(m[1]), Number(m[3]), Number(m[4]));
  m = US_FULL.exec(text);
  if (m) return toDateSerial(twoDigitYear(m[4]), Number(m[1]), Number(m[3]));
  m = US_SHORT.exec(text);
  if (m) {
    const month = Number(m[1]);
    const second = m[2];
    if (second.length <= 2) {
      const asDay = toDateSerial(currentYear, month, Number(second));
      if (asDay !== null) return asDay;
    }
    if (second.length === 2 || second.length === 4) return toDateSerial(twoDigitYear(second), month, 1);
  }
  return null;
}

/** Serial for a date, a time, or `date time`; null when the text is not one of them. */
export function parseDateTime(text: string, currentYear: number): number | null {
  const time = parseTime(text);
  if (time !== null) return time;
  const space = text.indexOf(" ");
  if (space < 0) return parseDate(text, currentYear);
  const date = parseDate(text.slice(0, space), currentYear);
  const rest = parseTime(text.slice(space + 1).trim());
  return date !== null && rest !== null ? date + rest : null;
}
