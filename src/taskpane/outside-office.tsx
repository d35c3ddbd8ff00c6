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
import { textIn, type MessageId } from "../core";
import { startupTag } from "./i18n/language-choice";

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

const REASONS: Record<OutsideReason["kind"], MessageId> = {
  "no-office": "pane-outside-no-office",
  "no-host": "pane-outside-no-host",
  waiting: "pane-outside-waiting",
  "other-host": "pane-outside-other-host",
};

function reasonText(reason: OutsideReason, tag: string): string {
  return textIn(tag, REASONS[reason.kind], reason.kind === "other-host" ? { host: reason.host } : {});
}

/** `id`'s words with the argument `name` shown by `part` (a link, a command). */
function around(tag: string, id: MessageId, name: string, part: ReactNode): ReactNode {
  const [before, after = ""] = textIn(tag, id, { [name]: "\uE000" }).split("\uE000");
  return (
    <>
      {before}
      {part}
      {after}
    </>
  );
}

/** The "open this in Excel" page, with the sideloading steps. `tag`: the language to speak. */
export function OutsideOffice({ reason, tag = startupTag() }: { reason: OutsideReason; tag?: string }) {
  const styles = useStyles();
  const manifest = (
    <Link href="manifest.xml" download>
      manifest.xml
    </Link>
  );
  return (
    <main className={styles.page}>
      <Subtitle1 as="h1">{textIn(tag, "pane-outside-title")}</Subtitle1>
      <Notice tone={reason.kind === "no-office" ? "warning" : "info"}>{reasonText(reason, tag)}</Notice>
      <Body1 as="p">{textIn(tag, "pane-outside-web")}</Body1>
      <ol className={styles.steps}>
        <li>
          <Body1>{around(tag, "pane-outside-step-save", "file", manifest)}</Body1>
        </li>
        <li>
          <Body1>{textIn(tag, "pane-outside-step-open")}</Body1>
        </li>
        <li>
          <Body1>{textIn(tag, "pane-outside-step-upload")}</Body1>
        </li>
        <li>
          <Body1>{textIn(tag, "pane-outside-step-show")}</Body1>
        </li>
      </ol>
      <Body1 as="p">{around(tag, "pane-outside-desktop", "command", <span className={styles.code}>npm start</span>)}</Body1>
    </main>
  );
}

/** Shown when starting the add-in failed. `details` is one line (an error message, never a stack). */
export function StartupFailure({ details, tag = startupTag() }: { details?: string; tag?: string }) {
  const styles = useStyles();
  return (
    <main className={styles.page} role="alert">
      <Subtitle1 as="h1">{textIn(tag, "pane-start-failed-title")}</Subtitle1>
      <Notice tone="error">{textIn(tag, "pane-start-failed")}</Notice>
      {details ? <Caption1>{textIn(tag, "pane-details", { details })}</Caption1> : null}
    </main>
  );
}
