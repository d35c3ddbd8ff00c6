/**
 * What the pane shows when it cannot run the add-in: opened outside Excel (a browser tab,
 * Office.js unreachable, another Office app) or a failure while starting. Always plain words
 * and the next step; never a blank page or a stack trace.
 *
 * Deliberately built from simple elements only (no MessageBar, no observers or motion):
 * these pages are the last resort and must render even where richer components fail.
 */
import type { ReactNode } from "react";
import { Body1, Caption1, Link, Subtitle1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  page: { padding: "16px", display: "flex", flexDirection: "column", gap: "12px", maxWidth: "560px" },
  steps: { margin: 0, paddingLeft: "20px", display: "flex", flexDirection: "column", gap: "6px" },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  notice: {
    padding: "8px 12px",
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
});

function Notice({ tone, children }: { tone: "info" | "warning" | "error"; children: ReactNode }) {
  const styles = useStyles();
  const toneClass = tone === "warning" ? styles.warning : tone === "error" ? styles.error : undefined;
  return (
    <div className={mergeClasses(styles.notice, toneClass)}>
      <Body1>{children}</Body1>
    </div>
  );
}

/** Why the pane is not running inside Excel. */
export type OutsideReason =
  | { kind: "no-office" } // office.js did not load
  | { kind: "no-host" } // office.js loaded, but the page is not inside an Office app
  | { kind: "waiting" } // Office has not answered yet
  | { kind: "other-host"; host: string };

function reasonText(reason: OutsideReason): string {
  switch (reason.kind) {
    case "no-office":
      return "Excel's add-in library (office.js) could not be loaded. If this page is open in Excel, check the internet connection and reopen the pane.";
    case "no-host":
      return "This page is the Inventory Rows task pane. It works inside Excel, where it reads and fixes your inventory sheet.";
    case "waiting":
      return "Still waiting for Excel to answer. If this page is not open inside Excel, follow the steps below.";
    case "other-host":
      return `Inventory Rows works in Excel only; this is ${reason.host}.`;
  }
}

/** The "open this in Excel" page, with the sideloading steps. */
export function OutsideOffice({ reason }: { reason: OutsideReason }) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <Subtitle1 as="h1">Open Inventory Rows in Excel</Subtitle1>
      <Notice tone={reason.kind === "no-office" ? "warning" : "info"}>{reasonText(reason)}</Notice>
      <Body1 as="p">To use it in Excel on the web:</Body1>
      <ol className={styles.steps}>
        <li>
          <Body1>Save this add-in&apos;s manifest: </Body1>
          <Link href="manifest.xml" download>
            manifest.xml
          </Link>
          .
        </li>
        <li>
          <Body1>Open a workbook at office.com (Excel on the web).</Body1>
        </li>
        <li>
          <Body1>On the Home tab choose Add-ins, then More Add-ins, then Upload My Add-in (under My Add-ins), and pick manifest.xml.</Body1>
        </li>
        <li>
          <Body1>Inventory Rows appears as a group on the Home tab. Choose Show pane.</Body1>
        </li>
      </ol>
      <Body1 as="p">
        On Windows or Mac with desktop Excel, run <span className={styles.code}>npm start</span> in the project folder:
        it opens Excel with the add-in loaded.
      </Body1>
    </main>
  );
}

/** Shown when starting the add-in failed. `details` is one line (an error message, never a stack). */
export function StartupFailure({ details }: { details?: string }) {
  const styles = useStyles();
  return (
    <main className={styles.page} role="alert">
      <Subtitle1 as="h1">Inventory Rows could not start</Subtitle1>
      <Notice tone="error">
        Nothing in your workbook was changed. Close this pane and open it again (Home, Inventory, Show pane). If it
        happens again, reload Excel.
      </Notice>
      {details ? <Caption1>Details: {details}</Caption1> : null}
    </main>
  );
}
