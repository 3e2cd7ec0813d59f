/**
 * The demo's people: one per role, scoped as in the source document's province.
 * They share one password because they exist to be tried; never enable the demo on real data.
 */
export const demoPassword = 'tpbis-demo-2024';

export const demoLogins = [
  { username: 'pusat', role: 'admin_pusat', displayName: 'Admin Pusat (Perpusnas)' },
  { username: 'babel', role: 'admin_provinsi', regionCode: '19', displayName: 'DKPUS Kepulauan Bangka Belitung' },
  { username: 'runi', role: 'fasilitator', regionCode: '19', displayName: 'Runi Alcitra Amalia' },
  { username: 'yulianti', role: 'fasilitator', regionCode: '19.05', displayName: 'Yulianti' },
  { username: 'karolina', role: 'konsultan', regionCode: '19', displayName: 'Karolina' },
  { username: 'puput', role: 'pengelola', partnerRegionCode: '19.05.06.2005', displayName: 'Pengelola Perpusdes Puput' },
  { username: 'cendil', role: 'pengelola', partnerRegionCode: '19.06.04.2003', displayName: 'Pengelola Perpusdes Cendil' },
] as const;
