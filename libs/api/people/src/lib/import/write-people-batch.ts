import { EntityManager } from 'typeorm';
import { ImportRejectedError, MAX_REPORTED_ERRORS } from './import-errors';
import type { PeopleImportBatch } from './people-import-batch';
import type { PeopleImportProgress } from './people-import-progress';
import {
  analyseStageSql,
  countExistingSql,
  createLatestSql,
  createStageSql,
  emailConflictsSql,
  insertPeopleSql,
  insertStageSql,
  updatePeopleSql,
  upsertAnswersSql,
  upsertSnapshotsSql,
} from './people-import-sql';
import { uniqueEmailViolation } from './unique-email-violation';

export const STAGE_CHUNK_ROWS = 10_000;
// Short files finish before progress would help.
const PROGRESS_MIN_ROWS = 10_000;

export interface PeopleWriteCounts {
  /** People new to the database. */
  created: number;
  /** People already known: their snapshot was added, and their details if it is their latest. */
  updated: number;
  /** Snapshot rows that did not exist before. */
  snapshots: number;
}

interface Count {
  n: number;
}

interface EmailConflict {
  line: number;
  email: string;
  holder: string;
  total: number;
}

/**
 * Writes a checked file inside the caller's transaction. Throws ImportRejectedError, before
 * any real table is touched, when an email belongs to someone else in the database.
 */
export async function writePeopleBatch(
  manager: EntityManager,
  file: string,
  batch: PeopleImportBatch,
  onProgress?: (progress: PeopleImportProgress) => void,
): Promise<PeopleWriteCounts> {
  await manager.query(`SET LOCAL work_mem = '64MB'`);
  await manager.query(createStageSql(batch.columns));
  const insertStage = insertStageSql(batch.columns);
  for (let start = 0; start < batch.size; start += STAGE_CHUNK_ROWS) {
    const end = Math.min(start + STAGE_CHUNK_ROWS, batch.size);
    await manager.query(
      insertStage,
      batch.columns.map((column) => column.values.slice(start, end)),
    );
    if (batch.size >= PROGRESS_MIN_ROWS)
      onProgress?.({ phase: 'staged', rows: end, total: batch.size });
  }
  await manager.query(createLatestSql);
  for (const sql of analyseStageSql) await manager.query(sql);

  const conflicts: EmailConflict[] = await manager.query(emailConflictsSql, [MAX_REPORTED_ERRORS]);
  if (conflicts.length > 0) {
    throw ImportRejectedError.fromRowErrors(
      file,
      conflicts.map(({ line, email, holder }) => ({
        line,
        field: 'email',
        message: `${email} already belongs to ${holder}`,
      })),
      conflicts[0]?.total,
    );
  }

  if (batch.size >= PROGRESS_MIN_ROWS) onProgress?.({ phase: 'upserting', rows: batch.size });
  try {
    const [existing] = (await manager.query(countExistingSql)) as Count[];
    await manager.query(updatePeopleSql);
    const [created] = (await manager.query(insertPeopleSql)) as Count[];
    const [snapshots] = (await manager.query(upsertSnapshotsSql)) as Count[];
    await manager.query(upsertAnswersSql);
    return {
      created: created?.n ?? 0,
      updated: existing?.n ?? 0,
      snapshots: snapshots?.n ?? 0,
    };
  } catch (error) {
    throw uniqueEmailViolation(error, file, batch) ?? error;
  }
}
