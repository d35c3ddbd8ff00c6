/** Label layouts (issue 17): every label of a page within 0.1 mm of the makers' published pitch. */
import { LABEL_LAYOUTS, labelPagesOver, labelCell, labelPageBreaks, labelPosition, labelSheetGrid, labelsPerPage, mmToPoints, type LayoutId } from "../../src/core";

/** Half of Excel's 0.75 pt pixel, in mm. */
const HALF_PIXEL_MM = 0.375 / mmToPoints(1) + 1e-9;

/** Published figures, in mm: Avery L7160 (A4) and 5160 (US Letter, in inches × 25.4), a 57 × 32 roll label. */
const PUBLISHED: Record<LayoutId, { perPage: number; top: number; left: number; pitchX: number; pitchY: number; w: number; h: number }> = {
  l7160: { perPage: 21, top: 15.15, left: 7.21, pitchX: 66.04, pitchY: 38.1, w: 63.5, h: 38.1 },
  "5160": { perPage: 30, top: 0.5 * 25.4, left: 0.1875 * 25.4, pitchX: 2.75 * 25.4, pitchY: 25.4, w: 2.625 * 25.4, h: 25.4 },
  roll57x32: { perPage: 1, top: 0, left: 0, pitchX: 57, pitchY: 32, w: 57, h: 32 },
};

describe.each(Object.keys(PUBLISHED) as LayoutId[])("layout %s", (id) => {
  const layout = LABEL_LAYOUTS[id];
  const p = PUBLISHED[id];

  test("every label of a page sits within 0.1 mm of the published position", () => {
    expect(labelsPerPage(layout)).toBe(p.perPage);
    for (let i = 0; i < p.perPage; i++) {
      const col = i % layout.columns;
      const line = Math.floor(i / layout.columns);
      const at = labelPosition(layout, i);
      expect(at.page).toBe(0);
      expect(Math.abs(at.xMm - (p.left + col * p.pitchX))).toBeLessThan(0.1);
      expect(Math.abs(at.yMm - (p.top + line * p.pitchY))).toBeLessThan(0.1);
    }
  });

  test("labels fit the page with the published size", () => {
    expect([layout.labelWidthMm, layout.labelHeightMm]).toEqual([p.w, p.h]);
    const last = labelPosition(layout, p.perPage - 1);
    expect(last.xMm + layout.labelWidthMm).toBeLessThanOrEqual(layout.pageWidthMm + 1e-9);
    expect(last.yMm + layout.labelHeightMm).toBeLessThanOrEqual(layout.pageHeightMm + 1e-9);
  });

  test("the next page starts again at the first position", () => {
    expect(labelPosition(layout, p.perPage)).toEqual({ ...labelPosition(layout, 0), page: 1 });
  });

  test("the sheet grid fills the page but for 1 mm of slack right and below (less up to a pixel), and puts each label's cell at its position", () => {
    const grid = labelSheetGrid(layout);
    const widthMm = grid.columnWidthsPt.reduce((a, b) => a + b, 0) / mmToPoints(1);
    const heightMm = grid.pageRowHeightsPt.reduce((a, b) => a + b, 0) / mmToPoints(1);
    const m = grid.marginsIn;
    const slack = id === "roll57x32" ? 0 : 1;
    // Sizes are whole pixels (0.75 pt): a page may come up to a pixel (0.26 mm) short (the roll rounds down), never over.
    for (const [used, page] of [[widthMm + (m.left + m.right) * 25.4, layout.pageWidthMm], [heightMm + (m.top + m.bottom) * 25.4, layout.pageHeightMm]]) {
      expect(used).toBeLessThanOrEqual(page - slack + 1e-9);
      expect(used).toBeGreaterThan(page - slack - 2 * HALF_PIXEL_MM);
    }
    for (let i = 0; i < p.perPage; i++) {
      const cell = labelCell(layout, i);
      const x = m.left * 25.4 + grid.columnWidthsPt.slice(0, cell.column).reduce((a, b) => a + b, 0) / mmToPoints(1);
      const y = m.top * 25.4 + grid.pageRowHeightsPt.slice(0, cell.row).reduce((a, b) => a + b, 0) / mmToPoints(1);
      expect(Math.abs(x - labelPosition(layout, i).xMm)).toBeLessThanOrEqual(HALF_PIXEL_MM);
      expect(Math.abs(y - labelPosition(layout, i).yMm)).toBeLessThanOrEqual(HALF_PIXEL_MM);
    }
  });

  test("row heights and column widths are whole pixels (0.75 pt), as Excel stores them", () => {
    const grid = labelSheetGrid(layout);
    for (const pt of [...grid.columnWidthsPt, ...grid.pageRowHeightsPt]) expect(pt / 0.75).toBeCloseTo(Math.round(pt / 0.75), 9);
  });
});

test("L7160 has a gap column between labels and no gap rows; a page break every 7 rows", () => {
  const layout = LABEL_LAYOUTS.l7160;
  expect(labelSheetGrid(layout).columnWidthsPt).toHaveLength(5);
  expect(labelSheetGrid(layout).pageRowHeightsPt).toHaveLength(7);
  expect(labelCell(layout, 22)).toEqual({ row: 7, column: 2 });
  expect(labelPageBreaks(layout, 43)).toEqual([7, 14]);
  expect(labelPageBreaks(layout, 21)).toEqual([]);
});

test("a labels sheet holds at most 1,000 pages (Excel keeps 1,026 page breaks): 1,000 roll labels fit, 1,001 do not", () => {
  expect(labelPagesOver(LABEL_LAYOUTS.roll57x32, 1000)).toBeUndefined();
  expect(labelPagesOver(LABEL_LAYOUTS.roll57x32, 1001)).toEqual({ pages: 1001, max: 1026, most: 1000 });
  expect(labelPagesOver(LABEL_LAYOUTS.l7160, 21000)).toBeUndefined();
  expect(labelPagesOver(LABEL_LAYOUTS.l7160, 21001)).toEqual({ pages: 1001, max: 1026, most: 21000 });
});
