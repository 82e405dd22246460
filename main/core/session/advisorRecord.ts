import type { Advisor } from '../../../shared/domain';
import type { Db } from '../db/types';

export function readAdvisor(db: Db, id: string): Advisor | null {
  const row = db
    .prepare(
      `SELECT id, username, name, name_en AS nameEn, employee_no AS employeeNo, branch, title, phone, email
       FROM advisors WHERE id = ?`,
    )
    .get(id) as Advisor | undefined;
  return row ?? null;
}
