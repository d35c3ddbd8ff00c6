/**
 * "Inventory sheet": the active sheet (default) or a sheet picked for this session.
 * A native select (keyboard and screen readers work as everywhere); choosing only tells
 * the app, the user presses Check. The list is read again when the control gets focus
 * and whenever `refreshKey` changes (after a check), so new and renamed sheets show.
 */
import { Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { InventoryApp, SheetList } from "../../app";
import { SaidText } from "../i18n/rich-text";
import { useSaid, useText, type Said } from "../i18n/use-text";

/** The option value of "Active sheet" (sheet ids are never empty). */
const ACTIVE = "";

export interface InventorySheetPickerProps {
  app: InventoryApp;
  /** A new value reads the list again. */
  refreshKey?: unknown;
}

export function InventorySheetPicker({ app, refreshKey }: InventorySheetPickerProps) {
  const [list, setList] = useState<SheetList | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<Said | null>(null);
  const shown = useRef("");
  const t = useText();
  const said = useSaid();
  const textRef = useRef({ t, said });
  textRef.current = { t, said };

  const load = useCallback(async () => {
    const listed = await app.listSheets();
    if (!listed.ok) {
      setProblem(textRef.current.t("pane-sheet-list-failed", { reason: textRef.current.said(listed) }));
      return;
    }
    const next = listed.value;
    setProblem(null);
    if (next.notice) setNotice({ message: next.notice, say: next.noticeSay });
    // Same list: no re-render, so an open dropdown is left alone.
    const key = JSON.stringify([next.sheets, next.chosen]);
    if (key !== shown.current) {
      shown.current = key;
      setList(next);
    }
  }, [app]);

  // A notice stays until the next check (or a choice): reading the list on focus keeps it.
  useEffect(() => {
    setNotice(null);
    void load();
  }, [load, refreshKey]);

  const choose = (id: string) => {
    const sheet = id === ACTIVE ? null : (list?.sheets.find((s) => s.id === id) ?? null);
    app.chooseInventorySheet(sheet);
    setNotice(null);
    if (list) {
      const next = { ...list, chosen: sheet };
      shown.current = JSON.stringify([next.sheets, next.chosen]);
      setList(next);
    }
  };

  return (
    <>
      <Field
        label={t("pane-sheet-label")}
        hint={t("pane-sheet-hint")}
      >
        <Select value={list?.chosen?.id ?? ACTIVE} onChange={(_event, data) => choose(data.value)} onFocus={() => void load()}>
          <option value={ACTIVE}>{t("pane-sheet-active")}</option>
          {list?.sheets.map((sheet) => (
            <option key={sheet.id} value={sheet.id}>
              {sheet.name}
            </option>
          ))}
        </Select>
      </Field>
      {(notice ?? problem) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{notice ? <SaidText said={notice} /> : problem}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
