/**
 * The Stocktake tab's state (docs/design.md §27): the run the app started (or resumed from the
 * workbook), the last answer and the running count. A scan and an undo are answered at once by
 * the run, in memory; only starting and finishing wait for Excel.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Failure, InventoryApp, StocktakeAnswer, StocktakeFinished, StocktakeProgress, StocktakeRun } from "../../app";

/** The answer on screen; `seq` tells two equal answers apart, so each is announced. */
export interface Shown {
  answer: StocktakeAnswer;
  undone: boolean;
  seq: number;
}

export type StocktakeView =
  | { phase: "idle" }
  | { phase: "starting" }
  | { phase: "failed"; failure: Failure }
  | { phase: "counting"; run: StocktakeRun; progress: StocktakeProgress; last?: Shown; finishing: boolean; problem?: Failure }
  | { phase: "finished"; done: StocktakeFinished };

export interface Stocktake {
  view: StocktakeView;
  start: () => Promise<void>;
  scan: (text: string) => void;
  undo: () => void;
  finish: (displayLocale: string) => Promise<void>;
}

/** Starts (or resumes) the stocktake the first time the tab is shown. */
export function useStocktake(app: InventoryApp, active: boolean): Stocktake {
  const [view, setView] = useState<StocktakeView>({ phase: "idle" });
  const seq = useRef(0);

  const start = useCallback(async () => {
    setView({ phase: "starting" });
    const started = await app.startStocktake();
    setView(started.ok ? { phase: "counting", run: started.value, progress: started.value.progress(), finishing: false } : { phase: "failed", failure: started });
  }, [app]);

  useEffect(() => {
    if (active && view.phase === "idle") void start();
  }, [active, view.phase, start]);

  const show = useCallback((answer: StocktakeAnswer | undefined, undone: boolean) => {
    setView((now) => {
      if (now.phase !== "counting") return now;
      const last = answer ? { answer, undone, seq: ++seq.current } : now.last;
      return { ...now, progress: now.run.progress(), last, problem: undefined };
    });
  }, []);

  const scan = useCallback((text: string) => {
    if (view.phase === "counting" && !view.finishing) show(view.run.scan(text), false);
  }, [view, show]);

  const undo = useCallback(() => {
    if (view.phase === "counting" && !view.finishing) show(view.run.undo(), true);
  }, [view, show]);

  const finish = useCallback(async (displayLocale: string) => {
    if (view.phase !== "counting" || view.finishing) return;
    const { run } = view;
    setView({ ...view, finishing: true, problem: undefined });
    const done = await run.finish({ displayLocale });
    setView((now) => {
      if (done.ok) return { phase: "finished", done: done.value };
      return now.phase === "counting" ? { ...now, finishing: false, problem: done } : now;
    });
  }, [view]);

  return { view, start, scan, undo, finish };
}
