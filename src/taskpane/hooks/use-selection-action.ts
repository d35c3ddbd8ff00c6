/**
 * The flow Serialize and Aggregate share: preview the current selection, apply (asking first
 * when the change is large, and never applying what the preview did not show), then the result
 * with its Undo.
 */
import { useCallback, useEffect, useState } from "react";
import { type ActionResult, type InventoryApp, type Result, type RunOptions } from "../../app";
import type { Problem } from "../components/error-bar";
import { useActionResult } from "./use-action-result";
import { useFocusRescue } from "./use-focus-rescue";
import { useText } from "../i18n/use-text";
import { useRunner } from "./use-runner";

type Applied<P> = { kind: "stale"; preview: P } | { kind: "applied"; result: ActionResult };

export interface Confirmation {
  title: string;
  message: string;
  confirmLabel: string;
}

export interface SelectionAction<P> {
  app: InventoryApp;
  /** Which action: its words (intro, progress titles) come from the catalogue. */
  action: "serialize" | "aggregate";
  /** The app's preview of the selection (called with the app, so a panel passes a plain function). */
  preview: (app: InventoryApp, options: RunOptions) => Promise<Result<P>>;
  /** The question to ask before applying, when the change is large; none when omitted. */
  confirmation?: (preview: P) => Confirmation | null;
  /**
   * What the preview promises (which rows, how many new ones, which codes, what is refused).
   * The app applies to the selection as it is at apply time, so a different key then means
   * the user selected or edited other rows since the preview.
   */
  previewKey: (preview: P) => string;
  apply: (app: InventoryApp, options: RunOptions) => Promise<ActionResult>;
  /** Increases when the ribbon asks the pane to preview the selection. */
  previewRequest?: number;
}

export function useSelectionAction<P>(props: SelectionAction<P>) {
  const { app, previewKey, previewRequest = 0 } = props;
  const t = useText();
  const previewTitle = t(`app-${props.action}-preview-title`);
  const applyTitle = t(`app-${props.action}-apply-title`);
  const { preview: previewOf, apply: applyTo } = props;
  const makePreview = useCallback((options: RunOptions) => previewOf(app, options), [app, previewOf]);
  const applyAction = useCallback((options: RunOptions) => applyTo(app, options), [app, applyTo]);
  const { run, busy } = useRunner();
  const [preview, setPreview] = useState<P | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirming, setConfirming] = useState<Confirmation | null>(null);
  const action = useActionResult(app);
  const { setResult } = action;
  // Apply and Undo buttons go away with their result: the focus then returns to Preview.
  const focus = useFocusRescue<HTMLButtonElement>();
  const { rescue } = focus;

  const showPreview = useCallback(async () => {
    setResult(null);
    const outcome = await run(previewTitle, makePreview);
    setProblem(outcome.ok ? null : outcome);
    setPreview(outcome.ok ? outcome.value : null);
  }, [run, previewTitle, makePreview, setResult]);

  useEffect(() => {
    if (previewRequest > 0) void showPreview();
  }, [previewRequest, showPreview]);

  const apply = useCallback(
    async (shown: P) => {
      setConfirming(null);
      const outcome = await run(applyTitle, async (options): Promise<Result<Applied<P>>> => {
        const now = await makePreview(options);
        if (!now.ok) return now;
        if (previewKey(now.value) !== previewKey(shown)) return { ok: true, value: { kind: "stale", preview: now.value } };
        return { ok: true, value: { kind: "applied", result: await applyAction(options) } };
      });
      if (!outcome.ok) {
        setResult(outcome);
      } else if (outcome.value.kind === "stale") {
        // Never apply what the user has not seen (nor skip the confirmation it would need).
        setPreview(outcome.value.preview);
        setResult({ ok: false, kind: "changed-meanwhile", message: t("pane-preview-stale") });
      } else {
        setResult(outcome.value.result);
        // The selection's rows have moved: an old preview would be wrong now.
        if (outcome.value.result.ok) setPreview(null);
      }
      rescue();
    },
    [run, applyTitle, makePreview, previewKey, applyAction, setResult, rescue, t],
  );

  const requestApply = () => {
    if (!preview) return;
    const question = props.confirmation?.(preview) ?? null;
    if (question) setConfirming(question);
    else void apply(preview);
  };

  return { busy, preview, problem, confirming, setConfirming, action, focus, showPreview, apply, requestApply };
}
