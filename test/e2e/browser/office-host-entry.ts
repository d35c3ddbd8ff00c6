/**
 * Served in place of Microsoft's office.js: installs the strict test host on `window`
 * (Office, Excel, OfficeExtension) holding the workbook in `window.__hostSeed`, and exposes
 * it as `window.__host` so the tests can inspect it through `page.evaluate`.
 */
import { createTestHost, type HostSeed, type TestHost, type WorkbookSnapshot } from "../../host";

declare global {
  interface Window {
    __hostSeed?: HostSeed;
    __host: TestHost;
    /** The workbook as a seed, so a reloaded pane finds the same workbook. */
    __hostState(): HostSeed;
    /** Ribbon buttons: the functions the pane associated with each ExecuteFunction name. */
    __ribbon: Record<string, (event: unknown) => void>;
  }
}

/** Turns a snapshot back into a seed: what a reloaded pane must find in the workbook. */
function seedFromSnapshot(snapshot: WorkbookSnapshot, previous: HostSeed): HostSeed {
  return {
    ...previous,
    sheets: snapshot.sheets.map((sheet) => ({
      name: sheet.name,
      values: sheet.values,
      formulas: sheet.formulas,
      formats: sheet.formats,
      protected: sheet.protected,
      customProperties: sheet.customProperties,
      styles: sheet.styles,
      tables: snapshot.tables
        .filter((table) => table.sheet === sheet.name)
        .map((table) => ({ name: table.name, address: table.address, showTotals: table.showTotals, style: table.style })),
      charts: snapshot.charts.filter((chart) => chart.sheet === sheet.name),
    })),
    active: snapshot.active,
    selection: snapshot.selection,
    settings: snapshot.settings,
  };
}

const seed: HostSeed = window.__hostSeed ?? {};
const host = createTestHost(seed);
host.install(window);
window.__host = host;
window.__hostState = () => seedFromSnapshot(host.snapshot(), seed);

// The host records only the names given to Office.actions.associate; keep the functions too,
// so the tests can press the ribbon's buttons as Excel would.
window.__ribbon = {};
const actions = host.Office.actions;
const associate = actions.associate.bind(actions);
actions.associate = (id: string, action: (event?: unknown) => void) => {
  window.__ribbon[id] = action;
  associate(id, action);
};
