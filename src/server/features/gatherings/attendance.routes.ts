import { AttendanceExportQuery, AttendanceImportBody, AttendanceImportQuery, AttendanceImportResult } from '#domain/gathering-attendance';
import { AttendanceBody, Gathering } from '#domain/gatherings';
import { mediaTypes, zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { exportProduces, sendExport } from '#server/features/exports/reply';
import { recordAttendance, removeAttendee } from './attendance';
import { attendanceExport, attendanceExportSheet } from './attendance-export';
import { importAttendance } from './attendance-import';
import { attendancePdf } from './attendance-pdf';
import { attendanceCsv, attendanceSheet, sheetFileName } from './attendance-sheet';
import { AttendeeParams, GatheringParams } from './params';

/** Attendance: tick one or more partners, untick one, import a list, and print or export it. */
export const gatheringAttendanceRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.post(
    '/api/gatherings/:id/attendance',
    {
      config: { access: 'gatherings.write' },
      schema: {
        summary: 'Record partner libraries as attending',
        tags: ['gatherings'],
        params: GatheringParams,
        body: AttendanceBody,
        response: { 200: Gathering },
      },
    },
    (request) => recordAttendance(app.db, actorOf(request), request.params.id, request.body.partnerIds, app.clock()),
  );

  app.delete(
    '/api/gatherings/:id/attendance/:partnerId',
    {
      config: { access: 'gatherings.write' },
      schema: {
        summary: 'Remove a partner library from the attendance',
        tags: ['gatherings'],
        params: AttendeeParams,
        response: { 200: Gathering },
      },
    },
    (request) => removeAttendee(app.db, actorOf(request), request.params.id, request.params.partnerId, app.clock()),
  );

  app.post(
    '/api/gatherings/:id/attendance/import',
    {
      config: { access: 'gatherings.write' },
      schema: {
        summary: 'Import attendance from a pasted list (a dry run with `dryRun`)',
        tags: ['gatherings'],
        params: GatheringParams,
        querystring: AttendanceImportQuery,
        body: AttendanceImportBody,
        response: { 200: AttendanceImportResult },
      },
    },
    (request) =>
      importAttendance(app.db, actorOf(request), request.params.id, request.body.text, request.query.dryRun === true, app.clock()),
  );

  app.get(
    '/api/gatherings/:id/attendance.csv',
    {
      config: { access: 'gatherings.read' },
      schema: { summary: 'Download the attendance list as CSV', tags: ['gatherings'], produces: [mediaTypes.csv], params: GatheringParams },
    },
    async (request, reply) => {
      const sheet = await attendanceSheet(app.db, actorOf(request), request.params.id);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${sheetFileName(sheet, 'csv')}"`)
        .send(attendanceCsv(sheet));
    },
  );

  app.get(
    '/api/gatherings/:id/attendance/export',
    {
      config: { access: 'gatherings.read' },
      schema: {
        tags: ['gatherings'],
        produces: exportProduces,
        summary: "A gathering's attendance list as XLSX or CSV",
        params: GatheringParams,
        querystring: AttendanceExportQuery,
      },
    },
    async (request, reply) => {
      const { stem, rows } = await attendanceExport(app.db, actorOf(request), request.params.id);
      return sendExport(reply, { format: request.query.format, stem, sheet: attendanceExportSheet, rows, now: app.clock() });
    },
  );

  app.get(
    '/api/gatherings/:id/attendance.pdf',
    {
      config: { access: 'gatherings.read' },
      schema: { summary: 'Download the attendance list as PDF', tags: ['gatherings'], produces: [mediaTypes.pdf], params: GatheringParams },
    },
    async (request, reply) => {
      const sheet = await attendanceSheet(app.db, actorOf(request), request.params.id);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${sheetFileName(sheet, 'pdf')}"`)
        .send(await attendancePdf(sheet, app.clock()));
    },
  );
};
