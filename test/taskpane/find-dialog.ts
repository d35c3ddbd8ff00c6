/**
 * Finds the open confirmation dialog in a jsdom pane test.
 *
 * Fluent's Dialog is a tabster "modalizer": tabster marks every modalizer it does not
 * consider active with aria-hidden on its next update tick, and under jsdom (no layout)
 * it never activates the dialog, so a plain findByRole("alertdialog") passes or fails
 * with the timing of that tick. Here the dialog is found whatever tabster did, and the
 * test checks what jsdom can tell: the dialog took the keyboard focus. That the dialog
 * is exposed to screen readers is asserted in real Chromium (test/e2e/serialize.e2e.test.ts).
 */
import { screen, waitFor } from "@testing-library/react";

export async function findConfirmDialog(name?: string): Promise<HTMLElement> {
  const dialog = await screen.findByRole("alertdialog", { name, hidden: true });
  await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement | null));
  return dialog;
}
