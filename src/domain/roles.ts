import { z } from 'zod';

/** The five roles of DESIGN.md, from the national office down to one library's manager. */
export const roles = ['admin_pusat', 'admin_provinsi', 'fasilitator', 'konsultan', 'pengelola'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/**
 * Rank orders the roles for "never create a role above your own".
 * A konsultan reads more widely than a pengelola but edits nothing, so it sits below a fasilitator.
 */
export const roleRank: Record<Role, number> = {
  admin_pusat: 5,
  admin_provinsi: 4,
  fasilitator: 3,
  konsultan: 2,
  pengelola: 1,
};
