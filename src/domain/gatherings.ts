import { z } from 'zod';
import { RowId } from './ids';
import { CalendarDate } from './calendar';
import { RegionCode } from './regions';
import { PartnerType } from './taxonomy';
import { PlainText } from './text';

/** A gathering: a meeting or webinar of the programme, with the partners whose managers attended. */
const Name = PlainText.trim().min(1).max(120);

export const CreateGatheringBody = z.strictObject({
  title: PlainText.trim().min(3).max(200),
  date: CalendarDate,
  mode: z.enum(['online', 'offline']),
  regionCode: RegionCode,
  facilitators: z.array(Name).max(20).default([]),
  consultants: z.array(Name).max(20).default([]),
  agenda: z.array(PlainText.trim().min(1).max(300)).max(30).default([]),
});
export type CreateGatheringBody = z.infer<typeof CreateGatheringBody>;

export const AttendanceBody = z.strictObject({ partnerIds: z.array(RowId).min(1).max(1000) });

export const GatheringSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  date: z.string(),
  mode: z.enum(['online', 'offline']),
  regionCode: z.string(),
  attendees: z.number().int(),
});
export type GatheringSummary = z.infer<typeof GatheringSummary>;

export const Gathering = GatheringSummary.extend({
  facilitators: z.array(z.string()),
  consultants: z.array(z.string()),
  agenda: z.array(z.string()),
  attendance: z.array(z.object({ partnerId: z.number().int(), name: z.string(), type: PartnerType, regionCode: z.string() })),
});
export type Gathering = z.infer<typeof Gathering>;

export const GatheringListQuery = z.strictObject({ region: RegionCode.optional() });
export const GatheringList = z.object({ items: z.array(GatheringSummary) });
