/**
 * The pane in Finnish on a fi-FI workbook and in German on a de-DE one, at Excel's default
 * pane width (320 px): every panel (each tab, a refusal, a result) is kept as a screenshot
 * (test-artifacts/e2e/<lang>-<panel>.png), nothing in it is wider than its box, and no English
 * word of the pane's is left in what it shows (issue 15, point 5 and "Done when").
 */
import type { Page } from "playwright-core";
import { textIn, type MessageId, type MessageValues } from "../../src/core";
import { host } from "./support/host-page";
import { openPane, type Pane } from "./support/pane";
import { displayLanguageFromCulture, englishWordsShown, overflowingElements } from "./support/pane-language";
import { useBrowser } from "./support/session";
import type { Cell } from "./support/workbooks";

interface Sheet {
  tag: "fi-FI" | "de-DE";
  name: string;
  /** Header, then rows 2–9; text cells marked `@` in `textCells` (A1 addresses). */
  values: Cell[][];
  textCells: string[];
  /** A code of row 6 (Find). */
  code: string;
  quantityHeader: string;
}

// Row 2 serializes (3 codes); rows 3–4 aggregate; row 5 has its income as text in the culture's
// own shape (a warning); row 6 its quantity as text (fixable); row 7 quantity 2,5 (an error);
// rows 8–9 differ in their name (refused when merged).
const sheets: Sheet[] = [
  {
    tag: "fi-FI",
    name: "Varasto",
    values: [
      ["Kategoria", "Nimi", "Määrä", "Koodit", "Tulot", "Kulut"],
      ["Sukset", "Laskettelusukset 170 cm", 3, "SUK-001, SUK-002, SUK-003", 360.75, 45.3],
      ["Sauvat", "Sauvapari 120 cm", 1, "SAU-001", 40.5, 8],
      ["Sauvat", "Sauvapari 120 cm", 1, "SAU-002", 40.5, 8],
      ["Kypärät", "Kypärä M", 1, "KYP-001", "1 234,50", 10],
      ["Kypärät", "Kypärä L", "2", "KYP-002, KYP-003", 60, 12.25],
      ["Monot", "Monot 42", 2.5, "MON-001", 80, 5],
      ["Monot", "Monot 43", 1, "MON-002", 80, 6],
      ["Monot", "Monot 44", 1, "MON-003", 80, 6],
    ],
    textCells: ["E5", "C6"],
    code: "KYP-002",
    quantityHeader: "Määrä",
  },
  {
    tag: "de-DE",
    name: "Lager",
    values: [
      ["Kategorie", "Bezeichnung", "Menge", "Codes", "Einnahmen", "Kosten"],
      ["Ski", "Alpinski 170 cm", 3, "SKI-001, SKI-002, SKI-003", 360.75, 45.3],
      ["Stöcke", "Stockpaar 120 cm", 1, "STO-001", 40.5, 8],
      ["Stöcke", "Stockpaar 120 cm", 1, "STO-002", 40.5, 8],
      ["Helme", "Helm M", 1, "HEL-001", "1.234,50", 10],
      ["Helme", "Helm L", "2", "HEL-002, HEL-003", 60, 12.25],
      ["Schuhe", "Skischuh 42", 2.5, "SCH-001", 80, 5],
      ["Schuhe", "Skischuh 43", 1, "SCH-002", 80, 6],
      ["Schuhe", "Skischuh 44", 1, "SCH-003", 80, 6],
    ],
    textCells: ["E5", "C6"],
    code: "HEL-002",
    quantityHeader: "Menge",
  },
];

/** Number formats putting `@` on the text cells, so they stay text as in a sheet formatted that way. */
function formatsOf(sheet: Sheet): (string | null)[][] {
  const formats: (string | null)[][] = sheet.values.map(() => []);
  for (const cell of sheet.textCells) {
    formats[Number(cell.slice(1)) - 1][cell.charCodeAt(0) - 65] = "@";
  }
  return formats;
}

/** The texts that are the user's own: they are shown as they are, in whatever language. */
function ownTexts(sheet: Sheet): string[] {
  const cells = sheet.values.flat().filter((cell): cell is string => typeof cell === "string");
  const codes = cells.flatMap((cell) => cell.split(/,\s*/));
  return [sheet.name, ...cells, ...codes];
}

const browser = useBrowser();
beforeAll(async () => {
  await displayLanguageFromCulture(browser().context);
}, 60_000);

describe.each(sheets)("the pane in $tag", (sheet) => {
  const lang = sheet.tag.slice(0, 2);
  const t = (id: MessageId, values?: MessageValues) => textIn(sheet.tag, id, values);
  let pane: Pane | undefined;
  const page = (): Page => {
    if (!pane) throw new Error("The pane did not open (see the beforeAll error above).");
    return pane.page;
  };
  const panel = () => page().getByRole("tabpanel");
  const openTab = async (id: MessageId) => {
    await page().getByRole("tab", { name: t(id), exact: true }).click();
    await page().getByRole("tab", { name: t(id), exact: true, selected: true }).waitFor();
  };

  beforeAll(async () => {
    pane = await openPane(browser(), {
      sheets: [{ name: sheet.name, values: sheet.values, formats: formatsOf(sheet) }],
      active: sheet.name,
      selection: `${sheet.name}!A1`,
      culture: { name: sheet.tag },
    });
  }, 60_000);
  afterAll(async () => {
    await pane?.close();
  });

  /** Screenshot, then: nothing wider than its box, no English UI word shown. */
  async function expectFits(name: string) {
    await page().waitForFunction(() => !document.querySelector('[role="progressbar"]'));
    await pane!.screenshot(`${lang}-${name}`);
    expect({
      overflowing: await overflowingElements(page()),
      english: await englishWordsShown(page(), ownTexts(sheet)),
    }).toEqual({ overflowing: [], english: [] });
    expect(pane!.errors).toEqual([]);
  }

  test("speaks the display language", async () => {
    expect(await page().locator("main").getAttribute("lang")).toBe(sheet.tag);
    await page().getByRole("tab", { name: t("pane-tab-check"), exact: true, selected: true }).waitFor();
  });

  test("check, with its issues listed", async () => {
    await openTab("pane-tab-check");
    await panel().getByRole("button", { name: t("pane-check-run"), exact: true }).click();
    await panel().getByRole("list", { name: t("pane-check-summary") }).waitFor();
    // Open every rule's group (quantity as text, not a whole number, amount stored as text …).
    const closed = panel().locator('.fui-Accordion button[aria-expanded="false"]');
    expect(await closed.count()).toBeGreaterThanOrEqual(3);
    while ((await closed.count()) > 0) await closed.first().click();
    // Each fixable issue's own Fix button (its accessible name also says what and where).
    await panel().getByRole("button").getByText(t("pane-fix"), { exact: true }).first().waitFor();
    await expectFits("check");
  });

  test("serialize, its preview", async () => {
    await host.select(page(), `${sheet.name}!A2:F2`);
    await openTab("pane-tab-serialize");
    await panel().getByRole("button", { name: t("pane-preview-selection"), exact: true }).click();
    await panel().getByRole("button", { name: t("pane-serialize-apply", { count: 1 }), exact: true }).waitFor();
    await expectFits("serialize");
  });

  test("a result bar, after serializing", async () => {
    await panel().getByRole("button", { name: t("pane-serialize-apply", { count: 1 }), exact: true }).click();
    await panel().getByText(t("pane-result-done"), { exact: true }).waitFor();
    expect((await host.values(page(), sheet.name)).slice(1, 4).map((row) => row[2])).toEqual([1, 1, 1]);
    await expectFits("result");
  });

  test("aggregate, its preview", async () => {
    // The three serialized rows (2–4) merge back into one.
    await host.select(page(), `${sheet.name}!A2:F4`);
    await openTab("pane-tab-aggregate");
    await panel().getByRole("button", { name: t("pane-preview-selection"), exact: true }).click();
    await panel().getByRole("button", { name: t("pane-aggregate-apply", { count: 3 }), exact: true }).waitFor();
    await expectFits("aggregate");
  });

  test("a refusal: rows whose names differ are not merged", async () => {
    // Rows 8–9 of the seed, two rows lower after the serialize.
    await host.select(page(), `${sheet.name}!A10:F11`);
    await panel().getByRole("button", { name: t("pane-preview-again"), exact: true }).click();
    await panel().getByRole("region", { name: t("pane-aggregate-refused"), exact: true }).waitFor();
    await expectFits("refusal");
  });

  test("summary", async () => {
    await openTab("pane-tab-summary");
    await panel().getByRole("button", { name: t("pane-summary-build"), exact: true }).click();
    await panel().getByRole("region", { name: t("pane-summary-region"), exact: true }).waitFor();
    await expectFits("summary");
  });

  test("find, a record found by its code", async () => {
    await openTab("pane-tab-find");
    await panel().getByRole("searchbox", { name: t("pane-find-label"), exact: true }).fill(sheet.code);
    await page().keyboard.press("Enter");
    const [recordAt] = t("pane-record", { cell: "\u0000" }).split("\u0000");
    await panel().getByRole("region", { name: new RegExp(`^${recordAt}`) }).waitFor();
    await expectFits("find");
  });

  test("stocktake, a scan answered", async () => {
    await openTab("stocktake-pane-tab");
    const field = panel().getByRole("textbox", { name: t("stocktake-pane-scan-label"), exact: true });
    await field.fill(sheet.code);
    await field.press("Enter");
    await panel().getByText(t("stocktake-pane-scans", { count: 1 }), { exact: true }).waitFor();
    await expectFits("stocktake");
  });

  test("settings", async () => {
    await openTab("pane-tab-settings");
    await panel().getByText(t("pane-mapping-detected", { header: sheet.quantityHeader }), { exact: true }).waitFor();
    await expectFits("settings");
  });
});
