/**
 * The issues of one rule, a page at a time: a sheet with 50,000 issues renders
 * 100 rows until the user asks for more, so the pane stays responsive.
 */
import { Button, Text } from "@fluentui/react-components";
import { memo, useState } from "react";
import type { LocatedIssue } from "../../app";
import { shortAddress } from "../issue-groups";
import { Address, richText, SayText } from "../i18n/rich-text";
import { useText, type Text as Words } from "../i18n/use-text";
import { usePaneStyles } from "../styles";

export const ISSUE_PAGE = 100;

export interface IssueListProps {
  issues: readonly LocatedIssue[];
  onSelect: (issue: LocatedIssue) => void;
  onFix: (issue: LocatedIssue) => void;
  busy: boolean;
}

/** The issue's words, starting with its cell's address (the engine's messages start with it; others get it put before). */
function IssueWords({ issue, address, t }: { issue: LocatedIssue; address: string; t: Words }) {
  if (issue.say) return <SayText say={issue.say} />;
  if (issue.message.startsWith(address)) return <>{issue.message}</>;
  return <>{richText(t, "app-row-reason", { address, reason: issue.message }, { address: (a) => <Address>{a}</Address> })}</>;
}

export const IssueList = memo(function IssueList({ issues, onSelect, onFix, busy }: IssueListProps) {
  const styles = usePaneStyles();
  const t = useText();
  const [shown, setShown] = useState(ISSUE_PAGE);
  const left = issues.length - shown;
  return (
    <>
      <ul className={styles.list}>
        {issues.slice(0, shown).map((issue, index) => {
          const address = shortAddress(issue.address);
          return (
            <li key={`${issue.row}:${issue.column}:${index}`} className={styles.issue}>
              <button type="button" className={styles.issueSelect} onClick={() => onSelect(issue)} title={t("pane-issue-select", { address })}>
                <IssueWords issue={issue} address={address} t={t} />
              </button>
              {issue.fix && (
                <Button size="small" onClick={() => onFix(issue)} disabled={busy} aria-label={t("pane-fix-in", { label: t(`fix-${issue.fix.kind}`), address })}>
                  {t("pane-fix")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {left > 0 && (
        <Button size="small" appearance="subtle" onClick={() => setShown((n) => n + ISSUE_PAGE)}>
          <Text>{t("pane-issue-more", { count: Math.min(ISSUE_PAGE, left), left })}</Text>
        </Button>
      )}
    </>
  );
});
