import { partnerTypes, type PartnerType } from '#domain/taxonomy';
import type { Translate } from '#web/i18n/messages.ts';
import type { ProfileDraft } from './model';
import './messages.ts';

/**
 * The form's inputs by the API's field paths (`definition.indicators.0.weight`), and each one's
 * name as people read it ("Bobot Kegiatan advokasi"), so a refusal links to the box it is about.
 */
export function profileFields(draft: ProfileDraft, t: Translate, typeName: (type: PartnerType) => string) {
  const fieldIds: Record<string, string> = {
    'definition.thresholds.green': 'kpi-green',
    'definition.thresholds.yellow': 'kpi-yellow',
    'definition.reportingDeadlineDay': 'kpi-deadline',
    'definition.indicators': 'kpi-weight-total',
    effectiveFrom: 'kpi-effective-from',
    note: 'kpi-note',
  };
  const labels: Record<string, string> = {};
  draft.indicators.forEach(({ indicator }, index) => {
    const path = `definition.indicators.${index}`;
    fieldIds[`${path}.weight`] = `kpi-weight-${indicator.code}`;
    labels[`${path}.weight`] = t('kpiProfile.weight.label', { indicator: indicator.label });
    for (const type of partnerTypes) {
      fieldIds[`${path}.monthlyTargets.${type}`] = `kpi-target-${indicator.code}-${type}`;
      labels[`${path}.monthlyTargets.${type}`] = t('kpiProfile.target.label', { indicator: indicator.label, type: typeName(type) });
    }
  });
  return { fieldIds, labels };
}
