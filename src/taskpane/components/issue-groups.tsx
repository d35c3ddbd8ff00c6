/** Issues grouped by rule in an accordion: a count per rule, Fix all where the rule has a fix. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Text, type AccordionToggleData } from "@fluentui/react-components";
import { memo, useState } from "react";
import type { LocatedIssue } from "../../app";
import { RULE_TITLES, type RuleId } from "../../core";
import { formatCount, plural } from "../format";
import type { IssueGroup } from "../issue-groups";
import { usePaneStyles } from "../styles";
import { IssueList } from "./issue-list";

export interface IssueGroupsProps {
  groups: readonly IssueGroup[];
  onSelect: (issue: LocatedIssue) => void;
  onFix: (issue: LocatedIssue) => void;
  onFixAll: (rule: RuleId) => void;
  /** Header problems are fixed by choosing columns in Settings. */
  onOpenSettings?: () => void;
  busy: boolean;
}

const mappingRules: ReadonlySet<RuleId> = new Set(["no-header", "duplicate-header"]);

export const IssueGroups = memo(function IssueGroups({ groups, onSelect, onFix, onFixAll, onOpenSettings, busy }: IssueGroupsProps) {
  const styles = usePaneStyles();
  const [open, setOpen] = useState<RuleId[]>([]);
  const onToggle = (_event: unknown, data: AccordionToggleData<RuleId>) => setOpen(data.openItems);
  return (
    <Accordion multiple collapsible openItems={open} onToggle={onToggle} aria-label="Issues by rule">
      {groups.map((group) => {
        const title = RULE_TITLES[group.rule] ?? group.rule;
        const kind = group.severity === "error" ? "error" : "warning";
        const isOpen = open.includes(group.rule);
        return (
          <AccordionItem key={group.rule} value={group.rule}>
            <AccordionHeader button={{ "aria-label": `${title}: ${plural(group.issues.length, kind)}` }}>
              <span className={styles.groupHeader}>
                <Badge appearance="filled" color={group.severity === "error" ? "danger" : "warning"}>
                  {formatCount(group.issues.length)}
                </Badge>
                <Text>{title}</Text>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {isOpen && (
                <div className={styles.panel}>
                  {group.fix && group.fixableCount > 0 && (
                    <div className={styles.row}>
                      <Button size="small" appearance="primary" disabled={busy} onClick={() => onFixAll(group.rule)}>
                        Fix all {formatCount(group.fixableCount)}: {group.fix.label}
                      </Button>
                    </div>
                  )}
                  {onOpenSettings && mappingRules.has(group.rule) && (
                    <div className={styles.row}>
                      <Button size="small" onClick={onOpenSettings}>
                        Choose the columns in Settings
                      </Button>
                    </div>
                  )}
                  <IssueList issues={group.issues} onSelect={onSelect} onFix={onFix} busy={busy} />
                </div>
              )}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
});
