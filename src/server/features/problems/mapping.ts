import { isOpenProblem, isOverdue, ProblemCategory, ProblemStatus, type ProblemAction, type ProblemSummary } from '#domain/problems';
import type { ProblemActionDetailRow } from './actions.repository';
import type { ProblemListRow } from './repository';

export function toProblemSummary(row: ProblemListRow): ProblemSummary {
  const status = ProblemStatus.parse(row.status);
  return {
    id: row.id,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    regionCode: row.region_code,
    regionName: row.region_name,
    title: row.title,
    category: ProblemCategory.parse(row.category),
    status,
    createdBy: { id: row.created_by, username: row.author_username, displayName: row.author_display_name },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    openActions: Number(row.open_actions ?? 0),
    // Late actions of a settled problem are moot, whatever the count says.
    overdueActions: isOpenProblem(status) ? Number(row.overdue_actions ?? 0) : 0,
  };
}

export function toProblemAction(row: ProblemActionDetailRow, status: ProblemStatus, today: string): ProblemAction {
  const done = row.done === 1;
  return {
    id: row.id,
    problemId: row.problem_id,
    what: row.what,
    owner: row.owner,
    ownerUserId: row.owner_user_id,
    dueDate: row.due_date,
    done,
    doneAt: row.done_at,
    doneBy:
      row.done_by === null || row.ticker_username === null
        ? null
        : { id: row.done_by, username: row.ticker_username, displayName: row.ticker_display_name },
    overdue: isOverdue({ done, dueDate: row.due_date }, status, today),
    createdBy: { id: row.created_by, username: row.author_username, displayName: row.author_display_name },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
