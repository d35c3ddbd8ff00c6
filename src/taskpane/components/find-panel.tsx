/**
 * Find by code, built for barcode scanners: a scan types the code and presses Enter.
 * The box keeps focus and its text is selected after every lookup, so the next scan
 * simply replaces it — even when it arrives before the previous lookup finished.
 */
import { Field, Input, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { CodeParts } from "./code-parts";
import { useRef, useState, type KeyboardEvent } from "react";
import type { Failure, FindOutcome, InventoryApp } from "../../app";
import { PROGRESS_DELAY_MS } from "../hooks/use-runner";
import { usePaneStyles } from "../styles";
import { keyOf } from "../shown-key";
import { SaidText } from "../i18n/rich-text";
import { useSaid, useText } from "../i18n/use-text";
import { RecordView } from "./record-view";

type Shown = { code: string; outcome: FindOutcome } | { code: string; failure: Failure };

export function FindPanel({ app }: { app: InventoryApp }) {
  const styles = usePaneStyles();
  const t = useText();
  const said = useSaid();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState("");
  const [shown, setShown] = useState<Shown | null>(null);
  const [pending, setPending] = useState(0);
  const latest = useRef(0);

  const find = async (code: string, part?: string) => {
    const ticket = ++latest.current;
    input.current?.select();
    setPending((n) => n + 1);
    const found = part === undefined ? await app.findByCode(code) : await app.findByCode(code, part);
    setPending((n) => n - 1);
    if (ticket === latest.current) setShown(found.ok ? { code, outcome: found.value } : { code, failure: found });
    // Ready for the next scan, unless the user has moved on or typed since.
    if (ticket === latest.current && document.activeElement === input.current && input.current?.value.trim() === code) {
      input.current.select();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const code = event.currentTarget.value.trim();
    if (code) void find(code);
  };

  return (
    <div className={styles.panel}>
      <Field label={t("pane-find-label")} hint={t("pane-find-hint")}>
        <Input
          ref={input}
          type="search"
          value={value}
          onChange={(_event, data) => setValue(data.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
          contentAfter={pending > 0 ? <Spinner size="extra-tiny" delay={PROGRESS_DELAY_MS} aria-label={t("pane-find-looking")} /> : undefined}
        />
      </Field>
      {/* The chosen sheet was deleted: an answer about the sheet, like an unknown code. */}
      {shown && "failure" in shown && shown.failure.kind === "sheet-missing" && (
        <MessageBar key={keyOf(shown)} intent="warning" layout="multiline">
          <MessageBarBody><SaidText said={shown.failure} /></MessageBarBody>
        </MessageBar>
      )}
      {shown && "failure" in shown && shown.failure.kind !== "sheet-missing" && (
        <MessageBar key={keyOf(shown)} intent="error" layout="multiline">
          <MessageBarBody>{t("pane-find-failed", { code: shown.code, message: said(shown.failure) })}</MessageBarBody>
        </MessageBar>
      )}
      {/* Each lookup's message appears anew, so a second unknown scan is announced too. */}
      {shown && "outcome" in shown && !shown.outcome.found && (
        <MessageBar key={keyOf(shown)} intent="warning" layout="multiline">
          <MessageBarBody>{shown.outcome.message ? <SaidText said={shown.outcome} /> : t("pane-find-none", { code: shown.code })}</MessageBarBody>
        </MessageBar>
      )}
      <div aria-live="polite">
        {shown && "outcome" in shown && shown.outcome.found && (
          <RecordView address={shown.outcome.address} headers={shown.outcome.headers} record={shown.outcome.record} status={shown.outcome.status} />
        )}
        {shown && "outcome" in shown && shown.outcome.found && shown.outcome.parts && (
          <CodeParts code={shown.code} shown={shown.outcome.address} parts={shown.outcome.parts} onPick={(part) => void find(shown.code, part)} />
        )}
      </div>
    </div>
  );
}
