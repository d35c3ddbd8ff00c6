import {
  SUMMARY_HEADERS, availabilityColumnOf, summaryHeadersOf, summaryMoneyColumnsOf, summaryPercentColumnsOf, summaryTableCells,
} from "../../src/core";
import { fleetSummary } from "./summary-layout-fixture";

const BASE = SUMMARY_HEADERS.length;

test("a summary without tracks keeps today's columns and cells", () => {
  const s = fleetSummary(null);
  expect(summaryHeadersOf(s)).toEqual([...SUMMARY_HEADERS]);
  expect(summaryMoneyColumnsOf(s)).toEqual([1, 2, 3, 9]);
  expect(summaryPercentColumnsOf(s)).toEqual([4]);
  expect(availabilityColumnOf(s)).toBeUndefined();
  expect(summaryTableCells(s).lines[0]).toEqual(["Cars", 2000, 500, 1500, 0.75, 4, 1, 0, 4, 500]);
});

test("tracking availability and purchase adds seven columns after the others, in order", () => {
  const s = fleetSummary();
  expect(summaryHeadersOf(s).slice(BASE)).toEqual(["Available", "Out", "Unavailable", "Availability", "Utilisation", "Purchase value", "Return"]);
  expect(summaryMoneyColumnsOf(s)).toEqual([1, 2, 3, 9, BASE + 5]);
  expect(summaryPercentColumnsOf(s)).toEqual([4, BASE + 3, BASE + 4, BASE + 6]);
  expect(availabilityColumnOf(s)).toBe(BASE);
  const { lines, totals } = summaryTableCells(s);
  expect(lines.map((l) => l.slice(BASE))).toEqual([
    [1, 2, 1, 0.25, 2 / 3, 20000, 0.075],
    [10, 0, 0, 1, 0, 0, ""],
    // No units: availability and utilisation have no divisor and stay empty, as the margin does.
    [0, 0, 0, "", "", 0, ""],
  ]);
  expect(totals.slice(BASE)).toEqual([11, 2, 1, 11 / 14, 2 / 13, 20000, 0.08]);
});

test("each flag adds only its own columns, after the stock values", () => {
  const stocked = fleetSummary({ availability: false, purchase: true });
  stocked.categories.forEach((l) => (l.stockValue = { "List price": 1 }));
  stocked.totals.stockValue = { "List price": 3 };
  expect(summaryHeadersOf(stocked).slice(BASE)).toEqual(["Stock value (List price)", "Purchase value", "Return"]);
  expect(summaryMoneyColumnsOf(stocked)).toEqual([1, 2, 3, 9, BASE, BASE + 1]);
  expect(summaryPercentColumnsOf(stocked)).toEqual([4, BASE + 2]);
  const available = fleetSummary({ availability: true, purchase: false });
  expect(summaryHeadersOf(available).slice(BASE)).toEqual(["Available", "Out", "Unavailable", "Availability", "Utilisation"]);
  expect(summaryTableCells(available).totals.slice(BASE)).toEqual([11, 2, 1, 11 / 14, 2 / 13]);
});

test.each([
  ["fi-FI", ["Vapaana", "Käytössä", "Ei käytettävissä", "Saatavuus", "Käyttöaste", "Hankinta-arvo", "Tuotto"]],
  ["de-DE", ["Verfügbar", "Im Einsatz", "Nicht verfügbar", "Verfügbarkeit", "Auslastung", "Anschaffungswert", "Rendite"]],
])("the added headings speak %s", (locale, words) => {
  expect(summaryHeadersOf(fleetSummary(), locale).slice(BASE)).toEqual(words);
});
