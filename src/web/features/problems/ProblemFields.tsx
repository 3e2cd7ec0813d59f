import { problemCategories, problemLimits, type ProblemCategory } from '#domain/problems';
import { Field } from '#web/forms/Field.tsx';
import { useT } from '#web/i18n/language.tsx';
import './messages.ts';

export interface ProblemText {
  title: string;
  category: ProblemCategory | '';
  description: string;
}

/** Input ids by the API's field names, so an error in the summary links to its input. */
export const problemFieldIds = {
  partnerId: 'problem-partner',
  title: 'problem-title',
  category: 'problem-category',
  description: 'problem-description',
} as const;

interface ProblemFieldsProps {
  values: ProblemText;
  set: <K extends keyof ProblemText>(field: K, value: ProblemText[K]) => void;
  errors: Readonly<Record<string, string>>;
}

/** What a problem is: its title, category and description, as the raise form and the edit form both ask. */
export function ProblemFields({ values, set, errors }: ProblemFieldsProps) {
  const t = useT();
  return (
    <>
      <Field
        id={problemFieldIds.title}
        label={t('field.title')}
        hint={`${t('problemForm.titleHint')} · ${t('form.length', { count: values.title.length, limit: problemLimits.title })}`}
        error={errors['title']}
      >
        {(control) => (
          <input
            {...control}
            name="title"
            autoComplete="off"
            maxLength={problemLimits.title}
            value={values.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </Field>
      <Field id={problemFieldIds.category} label={t('field.category')} error={errors['category']}>
        {(control) => (
          <select
            {...control}
            name="category"
            value={values.category}
            onChange={(e) => set('category', e.target.value as ProblemCategory | '')}
          >
            <option value="">{t('problemForm.categoryPick')}</option>
            {problemCategories.map((c) => (
              <option key={c} value={c}>
                {t(`problemCategory.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={problemFieldIds.description}
        label={t('field.description')}
        hint={t('problemForm.descriptionHint')}
        error={errors['description']}
      >
        {(control) => (
          <textarea
            {...control}
            name="description"
            rows={5}
            maxLength={problemLimits.description}
            value={values.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
