/**
 * Who acts in the demo's learning loop (stories, problems): the library's own manager, or one of
 * the demo's staff by login name — the provincial office (`babel`), the expert trainers Runi
 * (province) and Yulianti (Bangka Barat), and the consultant Karolina, as the source names them.
 */
export type DemoPerson = 'pengelola' | 'babel' | 'runi' | 'yulianti' | 'karolina';

/** The staff logins the loop's plan names; the server's demo logins must hold them all. */
export const demoLoopStaff = ['babel', 'runi', 'yulianti', 'karolina'] as const satisfies readonly DemoPerson[];

/** A moment in Western Indonesian Time (UTC+7), as `YYYY-MM-DDTHH:MM`. */
export type WibMoment = string;

/** The expert trainer who reviews and works with a library: Yulianti in Bangka Barat, Runi elsewhere. */
export function facilitatorFor(regionCode: string): 'runi' | 'yulianti' {
  return regionCode === '19.05' || regionCode.startsWith('19.05.') ? 'yulianti' : 'runi';
}
