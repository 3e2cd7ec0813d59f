import { SearchCombobox } from '#web/forms/SearchCombobox.tsx';
import { useT } from '#web/i18n/language.tsx';
import { partnersQuery } from './api';

export interface PartnerRef {
  id: number;
  name: string;
  regionName?: string | undefined;
}

interface PartnerPickerProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: PartnerRef | null;
  onChange: (partner: PartnerRef | null) => void;
  /** Offer only partners that still take reports. */
  activeOnly?: boolean;
  optional?: boolean;
}

const shown = 8;

/**
 * A partner picked by name. There are hundreds of partners in a province and several share a
 * name, so each match shows its village too.
 */
export function PartnerPicker({ id, label, hint, error, value, onChange, activeOnly = false, optional = false }: PartnerPickerProps) {
  const t = useT();
  return (
    <SearchCombobox
      id={id}
      label={label}
      hint={hint ?? t('partnerPicker.hint')}
      error={error}
      optional={optional}
      value={value}
      onChange={onChange}
      nameOf={(partner) => partner.name}
      keyOf={(partner) => String(partner.id)}
      chosen={value && t('partnerPicker.chosen', { name: value.name, region: value.regionName ?? '' })}
      search={(q) => partnersQuery({ q, active: activeOnly ? true : undefined }, 1, shown)}
      matches={({ items, total }, q) => ({
        items: items.map((partner) => ({ id: partner.id, name: partner.name, regionName: partner.regionName })),
        status: items.length === 0 ? t('partnerPicker.none', { q }) : t('partnerPicker.count', { count: total, q }),
        note: total > items.length ? t('partnerPicker.more') : undefined,
      })}
      renderOption={(partner) => (
        <>
          <span className="partner-picker__name">{partner.name}</span>
          <span className="partner-picker__place">{partner.regionName}</span>
        </>
      )}
    />
  );
}
