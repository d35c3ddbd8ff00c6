/** Messages for the operator from outside the current panel (ribbon commands, settings load). */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { PaneNotice } from "../../app";
import { SaidText } from "../i18n/rich-text";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";

export interface ShownNotice extends PaneNotice {
  id: number;
  /** The write count when the reported action wrote (see useWorkbookChanges). */
  stamp?: number;
}

export interface NoticeListProps {
  notices: readonly ShownNotice[];
  onDismiss: (id: number) => void;
  /** Whether the notice's Undo may still be offered (it reports the latest action). */
  canUndo: (notice: ShownNotice) => boolean;
  onUndo: (id: number) => void;
}

export function NoticeList({ notices, onDismiss, canUndo, onUndo }: NoticeListProps) {
  const styles = usePaneStyles();
  const t = useText();
  if (notices.length === 0) return null;
  return (
    <div className={styles.panel}>
      {notices.map((notice) => (
        <MessageBar key={notice.id} intent={notice.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>{" "}
            <SaidText said={notice} />
            {notice.details && notice.details.length > 0 && (
              <ul className={styles.list}>
                {notice.details.slice(0, 20).map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
                {notice.details.length > 20 && <li>{t("pane-more-count", { count: notice.details.length - 20 })}</li>}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" icon={<DismissRegular />} aria-label={t("pane-dismiss", { title: notice.title })} onClick={() => onDismiss(notice.id)} />
            }
          >
            {notice.undoable && canUndo(notice) && (
              <Button size="small" onClick={() => onUndo(notice.id)}>
                {t("pane-undo")}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
