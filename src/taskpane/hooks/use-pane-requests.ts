/**
 * The pane's side of the ribbon's requests (pane-events): the tab shown, and counters that
 * ask the Check and Serialize panels to run or tell Check the marks were cleared; a notice is
 * added to the pane's list.
 */
import { useEffect, useState } from "react";
import { subscribeToPaneRequests, type PaneNotice, type PanelId } from "../../app";

export function usePaneRequests(addNotice: (notice: PaneNotice, stamp?: number) => void, markChanged: (movesInventory?: boolean) => number) {
  const [tab, setTab] = useState<PanelId>("check");
  const [checkRequest, setCheckRequest] = useState(0);
  const [serializeRequest, setSerializeRequest] = useState(0);
  const [labelsRequest, setLabelsRequest] = useState(0);
  const [marksCleared, setMarksCleared] = useState(0);

  useEffect(
    () =>
      subscribeToPaneRequests((request) => {
        if (request.kind === "run-check") {
          setTab("check");
          setCheckRequest((n) => n + 1);
        } else if (request.kind === "preview-serialize") {
          setTab("serialize");
          setSerializeRequest((n) => n + 1);
        } else if (request.kind === "labels-for-new-units") {
          setTab("labels");
          setLabelsRequest((n) => n + 1);
        } else if (request.kind === "marks-cleared") {
          setMarksCleared((n) => n + 1);
        } else if (request.kind === "open-panel") {
          setTab(request.panel);
        } else {
          const { changed } = request.notice;
          addNotice(request.notice, changed ? markChanged(changed === "inventory") : undefined);
          if (request.panel) setTab(request.panel);
        }
      }),
    [addNotice, markChanged],
  );

  return { tab, setTab, checkRequest, serializeRequest, labelsRequest, marksCleared };
}
