import { ImportCheck, ImportOutcome, type ImportKind } from '#domain/imports';
import { upload } from '#web/api/client.ts';

export const templateHref = (kind: ImportKind) => `/api/imports/${kind}/template.xlsx`;

const formOf = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return form;
};

/** The dry run: every row's problems, nothing written. */
export const checkImport = (kind: ImportKind, file: File) => upload(`/api/imports/${kind}?dryRun=1`, formOf(file), ImportCheck);

/** The real run, all or nothing. */
export const runImport = (kind: ImportKind, file: File) => upload(`/api/imports/${kind}`, formOf(file), ImportOutcome);
