import { z } from 'zod';
import { RowIdParam } from '#domain/ids';

export const GatheringParams = z.strictObject({ id: RowIdParam });
export const ItemParams = GatheringParams.extend({ itemId: RowIdParam });
export const ActionParams = ItemParams.extend({ actionId: RowIdParam });
export const AttendeeParams = GatheringParams.extend({ partnerId: RowIdParam });
