import { useState } from 'react';
import { agendaKinds, gatheringLimits, gatheringPeriod, type AgendaKind } from '#domain/gatherings';
import { RegionPicker } from '#web/features/partners/RegionPicker.tsx';
import { Field } from '#web/forms/Field.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { CourseChooser } from './CourseChooser';
import { moveItem, newItem, type ItemDraft } from './model';
import { ProblemChooser } from './ProblemChooser';
import { StoryChooser } from './StoryChooser';
import '../messages.ts';

interface AgendaEditorProps {
  items: ItemDraft[];
  onChange: (items: ItemDraft[]) => void;
  /** The gathering's region and date: what a KPI item presents by default, and whose problems may be chosen. */
  region: string | null;
  date: string;
  errors: Readonly<Record<string, string>>;
}

/** The input's id for an item's field, so an error in the summary links to it. */
export const itemFieldId = (index: number, field: string) => `agenda-${index}-${field}`;

function ItemEditor({
  item,
  index,
  count,
  region,
  errors,
  update,
  move,
  remove,
}: {
  item: ItemDraft;
  index: number;
  count: number;
  region: string | null;
  errors: Readonly<Record<string, string>>;
  update: (next: Partial<ItemDraft>) => void;
  move: (by: -1 | 1) => void;
  remove: () => void;
}) {
  const { t } = useLanguage();
  const error = (field: string) => errors[`agenda.${index}.${field}`];
  const linkError = (field: string) => Object.entries(errors).find(([f]) => f.startsWith(`agenda.${index}.${field}`))?.[1];
  return (
    <li className="card agenda-editor__item">
      <fieldset>
        <legend>{t('gathering.itemLegend', { number: index + 1 })}</legend>
        <Field id={itemFieldId(index, 'kind')} label={t('gathering.itemKind')} error={error('kind')}>
          {(control) => (
            <select {...control} value={item.kind} onChange={(e) => update({ kind: e.target.value as AgendaKind })}>
              {agendaKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`gathering.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={itemFieldId(index, 'title')} label={t('gathering.itemTitle')} error={error('title')}>
          {(control) => (
            <input
              {...control}
              maxLength={gatheringLimits.itemTitle}
              value={item.title}
              onChange={(e) => update({ title: e.target.value })}
            />
          )}
        </Field>
        {item.kind === 'capaian_kpi' && (
          <>
            <RegionPicker
              id={itemFieldId(index, 'region')}
              label={t('gathering.kpiRegion')}
              hint={t('gathering.kpiRegionHint')}
              error={error('region')}
              optional
              within={region ?? undefined}
              value={item.region}
              onChange={(r) => update({ region: r ? { code: r.code, name: r.name, level: r.level } : null })}
            />
            <div className="gathering-period">
              <Field id={itemFieldId(index, 'from')} label={t('field.from')} error={error('from')}>
                {(control) => <input {...control} type="date" value={item.from} onChange={(e) => update({ from: e.target.value })} />}
              </Field>
              <Field id={itemFieldId(index, 'to')} label={t('field.to')} error={error('to')}>
                {(control) => <input {...control} type="date" value={item.to} onChange={(e) => update({ to: e.target.value })} />}
              </Field>
            </div>
          </>
        )}
        {item.kind === 'praktik_baik' && (
          <StoryChooser
            id={itemFieldId(index, 'practiceIds')}
            value={item.stories}
            onChange={(stories) => update({ stories })}
            error={linkError('practiceIds')}
          />
        )}
        {item.kind === 'pemecahan_masalah' && (
          <ProblemChooser
            id={itemFieldId(index, 'problemIds')}
            region={region}
            value={item.problems}
            onChange={(problems) => update({ problems })}
            error={linkError('problemIds')}
          />
        )}
        {item.kind === 'elis' && (
          <CourseChooser
            id={itemFieldId(index, 'courseIds')}
            value={item.courses}
            onChange={(courses) => update({ courses })}
            error={linkError('courseIds')}
          />
        )}
        <div className="button-row agenda-editor__moves">
          <button type="button" className="button button--quiet" disabled={index === 0} onClick={() => move(-1)}>
            {t('gathering.moveUp')} <span className="visually-hidden">{item.title}</span>
          </button>
          <button type="button" className="button button--quiet" disabled={index === count - 1} onClick={() => move(1)}>
            {t('gathering.moveDown')} <span className="visually-hidden">{item.title}</span>
          </button>
          <button type="button" className="button button--quiet" onClick={remove}>
            {t('gathering.removeItem')} <span className="visually-hidden">{item.title}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}

/** The agenda as a list of typed items: add, fill in what each links, reorder, remove. */
export function AgendaEditor({ items, onChange, region, date, errors }: AgendaEditorProps) {
  const { t } = useLanguage();
  const [kind, setKind] = useState<AgendaKind>('capaian_kpi');
  const add = () => {
    const item = newItem(kind, t(`gathering.defaultTitle.${kind}`));
    // The period the KPI looks back on, written out so it can be changed.
    if (kind === 'capaian_kpi' && date !== '') Object.assign(item, gatheringPeriod(date));
    onChange([...items, item]);
  };
  return (
    <section aria-labelledby="agenda-editor" className="agenda-editor">
      <h2 id="agenda-editor">{t('gathering.agenda')}</h2>
      {items.length === 0 && <p>{t('gathering.noAgenda')}</p>}
      <ol className="agenda-editor__items">
        {items.map((item, index) => (
          <ItemEditor
            key={item.key}
            item={item}
            index={index}
            count={items.length}
            region={region}
            errors={errors}
            update={(next) => onChange(items.map((i) => (i.key === item.key ? { ...i, ...next } : i)))}
            move={(by) => onChange(moveItem(items, index, by))}
            remove={() => onChange(items.filter((i) => i.key !== item.key))}
          />
        ))}
      </ol>
      <div className="agenda-editor__add">
        <Field id="agenda-new-kind" label={t('gathering.newItemKind')}>
          {(control) => (
            <select {...control} value={kind} onChange={(e) => setKind(e.target.value as AgendaKind)}>
              {agendaKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`gathering.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="button" className="button button--secondary" onClick={add} disabled={items.length >= gatheringLimits.items}>
          {t('gathering.addItem')}
        </button>
      </div>
    </section>
  );
}
