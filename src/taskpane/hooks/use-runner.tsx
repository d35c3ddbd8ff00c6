/**
 * Runs one workbook action at a time for the whole pane: progress after ~300 ms,
 * Cancel through an AbortController, and the app's Result passed on as it is (a failure is
 * already in plain words). Progress lives in its own context so progress ticks do not
 * re-render the panels.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { cancelledFailure, failure, toFailure, words, type Result, type RunOptions } from "../../app";
import type { Say } from "../../core";

export interface RunProgress {
  /** What is running, e.g. "Checking the sheet". */
  title: string;
  /** The app layer's label for the current step, e.g. "Reading rows". */
  step: string;
  /** `step` as data, shown in the pane's language. */
  stepSay?: Say;
  done: number;
  /** 0 when the amount of work is unknown. */
  total: number;
}

export interface Runner {
  busy: boolean;
  /**
   * Runs `work` (an app action) with progress and a cancel signal and answers its Result.
   * Never throws: while another action runs it answers `kind: "busy"`, and a rejection (which
   * the app never makes) becomes a Failure too.
   */
  run<T>(title: string, work: (options: RunOptions) => Promise<Result<T>>): Promise<Result<T>>;
  cancel(): void;
}

interface ProgressState {
  /** Set once the action has run longer than the delay. */
  progress: RunProgress | null;
  cancel(): void;
}

/** Actions quicker than this show no progress at all (no flicker). */
export const PROGRESS_DELAY_MS = 300;

const RunnerContext = createContext<Runner | null>(null);
const ProgressContext = createContext<ProgressState>({ progress: null, cancel: () => undefined });

export function RunnerProvider({ children }: { children: ReactNode }) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const busyRef = useRef(false);
  const controllerRef = useRef<AbortController | null>(null);
  const latest = useRef<RunProgress | null>(null);
  const visible = useRef(false);

  const cancel = useCallback(() => controllerRef.current?.abort(), []);

  // Buttons are disabled while an action runs, and a browser drops the focus of a disabled
  // button to the page: give it back when the action ends, so Enter and screen readers stay put.
  const focusedAtStart = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = focusedAtStart.current;
    if (busy || !element) return;
    focusedAtStart.current = null;
    const active = document.activeElement;
    // Not when the operator has moved on to the sheet: the pane must never take their typing.
    if (element.isConnected && document.hasFocus() && (!active || active === document.body)) element.focus();
  }, [busy]);

  const run = useCallback(async <T,>(title: string, work: (options: RunOptions) => Promise<Result<T>>): Promise<Result<T>> => {
    if (busyRef.current) return failure("busy", words("app-pane-busy"));
    busyRef.current = true;
    const focused = typeof document === "undefined" ? null : document.activeElement;
    focusedAtStart.current = focused instanceof HTMLElement && focused !== document.body ? focused : null;
    setBusy(true);
    const controller = new AbortController();
    controllerRef.current = controller;
    latest.current = { title, step: "", done: 0, total: 0 };
    visible.current = false;
    const timer = setTimeout(() => {
      visible.current = true;
      setProgress(latest.current);
    }, PROGRESS_DELAY_MS);
    const onProgress = (done: number, total: number, step: string, stepSay?: Say) => {
      const previous = latest.current;
      latest.current = stepSay ? { title, step, stepSay, done, total } : { title, step, done, total };
      // Skip re-renders that would not change what the bar shows (whole percents).
      const moved = !previous || previous.step !== step || Math.floor((100 * previous.done) / (previous.total || 1)) !== Math.floor((100 * done) / (total || 1));
      if (visible.current && moved) setProgress(latest.current);
    };
    try {
      return await work({ onProgress, signal: controller.signal });
    } catch (error) {
      return controller.signal.aborted ? cancelledFailure() : toFailure(error);
    } finally {
      clearTimeout(timer);
      controllerRef.current = null;
      busyRef.current = false;
      visible.current = false;
      setBusy(false);
      setProgress(null);
    }
  }, []);

  const runner = useMemo<Runner>(() => ({ busy, run, cancel }), [busy, run, cancel]);
  const progressState = useMemo<ProgressState>(() => ({ progress, cancel }), [progress, cancel]);
  return (
    <RunnerContext.Provider value={runner}>
      <ProgressContext.Provider value={progressState}>{children}</ProgressContext.Provider>
    </RunnerContext.Provider>
  );
}

/** The pane's single action runner. */
export function useRunner(): Runner {
  const runner = useContext(RunnerContext);
  if (!runner) throw new Error("useRunner needs a RunnerProvider above it.");
  return runner;
}

/** Progress of the running action, once it has taken longer than PROGRESS_DELAY_MS. */
export function useRunProgress(): ProgressState {
  return useContext(ProgressContext);
}

