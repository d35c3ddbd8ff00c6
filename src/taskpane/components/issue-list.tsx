/**
 * The issues of one rule, a page at a time: a sheet with 50,000 issues renders
 * 100 rows until the user asks for more, so the pane stays responsive.
 */
import { Button, Text } from "@fluentui/react-components";
import { memo, useState } from "react";
import type { LocatedIssue } from "../../app";
import { formatCount } from "../format";
import { shortAddress } from "../issue-groups";
import { usePaneStyles } from "../styles";

export const ISSUE_PAGE = 100;

export interface IssueListProps {
  issues: readonly LocatedIssue[];
  onSelect: (issue: LocatedIssue) => void;
  onFix: (issue: LocatedIssue) => void;
  busy: boolean;
}

export const IssueList = memo(function IssueList({ issues, onSelect, onFix, busy }: IssueListProps) {
  const styles = usePaneStyles();
  const [shown, setShown] = useState(ISSUE_PAGE);
  const left = issues.length - shown;
  return (
    <>
      <ul className={styles.list}>
        {issues.slice(0, shown).map((issue, index) => {
          const address = shortAddress(issue.address);
          const text = issue.message.startsWith(address) ? issue.message : `${address}: ${issue.message}`;
          return (
            <li key={`${issue.row}:${issue.column}:${index}`} className={styles.issue}>
              <button type="button" className={styles.issueSelect} onClick={() => onSelect(issue)} title={`Select ${address} in Excel`}>
                {text}
              </button>
              {issue.fix && (
                <Button size="small" onClick={() => onFix(issue)} disabled={busy} aria-label={`${issue.fix.label} in ${address}`}>
                  Fix
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {left > 0 && (
        <Button size="small" appearance="subtle" onClick={() => setShown((n) => n + ISSUE_PAGE)}>
          <Text>
            Show {formatCount(Math.min(ISSUE_PAGE, left))} more ({formatCount(left)} not shown)
          </Text>
        </Button>
      )}
    </>
  );
});
