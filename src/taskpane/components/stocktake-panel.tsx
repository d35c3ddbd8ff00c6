/**
 * The Stocktake tab (docs/design.md §27), built for barcode scanners: one field that keeps focus,
 * the scanner types a code and Enter, and each scan is answered at once with a badge (no sound)
 * and a sentence read out by a polite live region; a running count, Undo last scan and Finish,
 * which writes the report sheet.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { InventoryApp } from "../../app";
import { useStocktake } from "../hooks/use-stocktake";
import { SaidText } from "../i18n/rich-text";
import { usePaneTag, useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";
import { StocktakeAnswerView } from "./stocktake-answer";

export function StocktakePanel({ app, active }: { app: InventoryApp; active: boolean }) {
  const styles = usePaneStyles();
  const t = useText();
  const tag = usePaneTag();
  const { view, start, scan, undo, finish } = useStocktake(app, active);
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState("");
  const counting = view.phase === "counting" && !view.finishing;

  // The field keeps focus: when the tab opens, once counting starts, and after Undo.
  useEffect(() => {
    if (active && counting) input.current?.focus();
  }, [active, counting]);

  // Scanners end a code with Enter, or with Tab where they are set up so: Tab with text in the
  // field is a scan; Tab in an empty field still moves on to Undo and Finish.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const tabEnd = event.key === "Tab" && !event.shiftKey && event.currentTarget.value.trim() !== "";
    if (event.key !== "Enter" && !tabEnd) return;
    event.preventDefault();
    // Fluent's focus manager may still act on the Tab: the field takes focus back after the event.
    const field = event.currentTarget;
    if (tabEnd) queueMicrotask(() => field.focus());
    scan(event.currentTarget.value);
    setValue("");
  };

  // Idle until the tab is first shown: the hidden panel shows no busy spinner meanwhile.
  if (view.phase === "idle") return null;
  if (view.phase === "starting") return <Spinner size="small" label={t("stocktake-pane-starting")} />;
  if (view.phase === "failed") {
    return (
      <div className={styles.panel}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody><SaidText said={view.failure} /></MessageBarBody>
        </MessageBar>
        <div className={styles.row}><Button onClick={() => void start()}>{t("stocktake-pane-retry")}</Button></div>
      </div>
    );
  }
  if (view.phase === "finished") {
    return (
      <div className={styles.panel}>
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody><SaidText said={view.done} /></MessageBarBody>
        </MessageBar>
        <div className={styles.row}><Button onClick={() => void start()}>{t("stocktake-pane-again")}</Button></div>
      </div>
    );
  }

  const { run, progress, last } = view;
  return (
    <div className={styles.panel}>
      <Text>{t("stocktake-pane-intro")}</Text>
      <Text>{run.resumed > 0 ? t("stocktake-pane-resumed", { sheet: run.sheetName, count: run.resumed }) : t("stocktake-pane-started", { sheet: run.sheetName })}</Text>
      <Field label={t("stocktake-pane-scan-label")} hint={t("stocktake-pane-scan-hint")}>
        <Input
          ref={input}
          value={value}
          onChange={(_event, data) => setValue(data.value)}
          onKeyDown={onKeyDown}
          disabled={view.finishing}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <div role="status" aria-live="polite" aria-atomic="true">
        {last && <StocktakeAnswerView key={last.seq} shown={last} />}
      </div>
      <div className={styles.row}>
        <Text weight="semibold">{t("stocktake-pane-count", { counted: progress.counted, expected: progress.expected })}</Text>
        <Text>{t("stocktake-pane-scans", { count: progress.scans })}</Text>
      </div>
      {view.problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody><SaidText said={view.problem} /></MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button disabled={!counting || progress.scans === 0} onClick={() => { undo(); input.current?.focus(); }}>
          {t("stocktake-pane-undo")}
        </Button>
        <Button appearance="primary" disabled={!counting} onClick={() => void finish(tag)}>
          {t("stocktake-pane-finish")}
        </Button>
        {view.finishing && <Spinner size="extra-tiny" label={t("stocktake-pane-finishing")} />}
      </div>
    </div>
  );
}
