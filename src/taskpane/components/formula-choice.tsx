/**
 * Formulas in the rows an action changes (docs/design.md §16 "Formulas"): refused rows offer
 * "Use their values", which previews again writing values over them; once chosen, the preview
 * says how many formulas become values.
 */
import { Button, Text } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { FormulaHandling } from "../../app";
import type { Say } from "../../core";
import { SaidText } from "../i18n/rich-text";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";

export interface FormulaChoiceProps {
  /** Formula cells the plan writes values over (the preview's `formulaCells`). */
  formulaCells: number;
  /** Formulas the plan as previewed turns into values (`plan.formulasAsValues`): 0 while they are refused. */
  asValues: number;
  /** Previews again with "values" (true) or refusing them again (false). */
  onChoose?: (useValues: boolean) => void;
}

/** The preview's warning about formulas elsewhere pointing into the rows (the app's `formulaWarning`). */
export function FormulaWarning({ warning, say }: { warning?: string; say?: Say }) {
  const t = useText();
  return warning ? <Text block role="note" aria-label={t("pane-formulas-elsewhere")}><SaidText said={{ message: warning, say }} /></Text> : null;
}

export function FormulaChoice({ formulaCells, asValues, onChoose }: FormulaChoiceProps) {
  const styles = usePaneStyles();
  const t = useText();
  if (formulaCells === 0) return null;
  const words = asValues > 0 ? t("pane-formulas-become-values", { count: asValues }) : t("pane-formulas-refused", { count: formulaCells });
  return (
    <div className={styles.row} role="group" aria-label={t("pane-formulas")}>
      <Text>{words}</Text>
      {onChoose && <Button onClick={() => onChoose(asValues === 0)}>{t(asValues > 0 ? "pane-formulas-keep" : "pane-formulas-use-values")}</Button>}
    </div>
  );
}

/** The pane's formula choice for one action, and a counter that asks for a new preview when it changes. */
export function useFormulaChoice(): { formulas: FormulaHandling; asked: number; choose: (useValues: boolean) => void } {
  const [state, setState] = useState<{ formulas: FormulaHandling; asked: number }>({ formulas: "refuse", asked: 0 });
  const choose = useCallback((useValues: boolean) => setState((s) => ({ formulas: useValues ? "values" : "refuse", asked: s.asked + 1 })), []);
  return { ...state, choose };
}
