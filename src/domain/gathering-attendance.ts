import { z } from 'zod';
import { exportFormatField } from './exports';
import { PlainText } from './text';

// A list of the libraries that attended, pasted or read from a file (CSV, or one name per line),
// matched against the partners of the gathering's region: a dry run shows every row's match and
// writes nothing; the real run adds them all, or, when any row is unmatched, none.

export const attendanceImportLimits = { characters: 100_000, rows: 1000 } as const;

/** Line ends of any system are accepted (a CSV from Excel has CR LF); the rest of the text rule holds. */
export const AttendanceImportBody = z.strictObject({
  text: z
    .string()
    .max(attendanceImportLimits.characters)
    .transform((text) => text.replace(/\r\n?/g, '\n'))
    .pipe(PlainText),
});
export type AttendanceImportBody = z.infer<typeof AttendanceImportBody>;

export const AttendanceImportQuery = z.strictObject({ dryRun: z.stringbool().optional() });

/** not_found: no partner of the region has this name or id; ambiguous: several have this name; outside_region: the id is a partner elsewhere. */
export const unmatchedReasons = ['not_found', 'ambiguous', 'outside_region'] as const;
export const UnmatchedReason = z.enum(unmatchedReasons);
export type UnmatchedReason = z.infer<typeof UnmatchedReason>;

export const AttendanceImportResult = z.object({
  dryRun: z.boolean(),
  /** Data rows read (a header row not counted). */
  rows: z.number().int(),
  /** `row` counts the file's lines from 1, a header included, as a spreadsheet numbers them. */
  matched: z.array(
    z.object({
      row: z.number().int(),
      text: z.string(),
      partnerId: z.number().int(),
      name: z.string(),
      /** Already on the attendance list (or named on an earlier row): nothing to add. */
      alreadyPresent: z.boolean(),
    }),
  ),
  unmatched: z.array(
    z.object({
      row: z.number().int(),
      text: z.string(),
      reason: UnmatchedReason,
      message: z.string(),
      /** For `ambiguous`: the partners that have the name. */
      candidates: z.array(z.object({ partnerId: z.number().int(), name: z.string(), regionCode: z.string() })),
    }),
  ),
  /** Partners added (dry run: that would be added). */
  added: z.number().int(),
  /** Attendance after the run (dry run: as it would be). */
  attendees: z.number().int(),
});
export type AttendanceImportResult = z.infer<typeof AttendanceImportResult>;

/** `GET /api/gatherings/:id/attendance/export`: the attendance list as XLSX or CSV. */
export const AttendanceExportQuery = z.strictObject(exportFormatField);
