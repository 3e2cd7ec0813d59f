import { AttendanceBody, Gathering } from '#domain/gatherings';
import { zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { recordAttendance, removeAttendee } from './attendance';
import { AttendeeParams, GatheringParams } from './params';

/** Attendance: tick one or more partners, untick one. */
export const gatheringAttendanceRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.post(
    '/api/gatherings/:id/attendance',
    { config: { access: 'gatherings.write' }, schema: { params: GatheringParams, body: AttendanceBody, response: { 200: Gathering } } },
    (request) => recordAttendance(app.db, actorOf(request), request.params.id, request.body.partnerIds, app.clock()),
  );

  app.delete(
    '/api/gatherings/:id/attendance/:partnerId',
    { config: { access: 'gatherings.write' }, schema: { params: AttendeeParams, response: { 200: Gathering } } },
    (request) => removeAttendee(app.db, actorOf(request), request.params.id, request.params.partnerId, app.clock()),
  );
};
