import { z } from 'zod';
import { ErrorBody } from '#domain/errors';
import { ImportCheck, ImportOutcome, ImportQuery, importKinds, importLimits, type ImportKind } from '#domain/imports';
import type { Action } from '#domain/permissions';
import { ApiError, invalidField } from '#server/http/errors';
import { readingMultipart } from '#server/http/multipart';
import { mediaTypes, zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { userById } from '#server/features/users/service';
import { runImport } from './service';
import { importTemplate } from './template';

/** Importing is creating, row by row: the right to create partners, or to import activities (in scope, row by row). */
const accessOf: Record<ImportKind, Action> = { partners: 'partners.write', activities: 'activities.import' };
const stemOf: Record<ImportKind, string> = { partners: 'mitra', activities: 'kegiatan' };
const field = 'file';

/** A refused import: the API's error, with the dry run's answer beside it (absent when the request itself was refused). */
const ImportRefusal = ErrorBody.extend(ImportCheck.partial().shape);

/** Imports of partners and activities from XLSX or CSV, and their templates; one pair of routes per kind, each with its right. */
export const importRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  for (const kind of importKinds) {
    app.get(
      `/api/imports/${kind}/template.xlsx`,
      {
        config: { access: accessOf[kind] },
        schema: { summary: `Download the ${kind} import template (XLSX)`, tags: [kind], produces: [mediaTypes.xlsx] },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { language } = await userById(app.db, actor.id);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="templat-impor-${stemOf[kind]}.xlsx"`)
          .send(await importTemplate(app.db, actor, kind, language));
      },
    );

    app.post(
      `/api/imports/${kind}`,
      {
        config: { access: accessOf[kind] },
        schema: {
          summary: `Check (dryRun=1) or import ${kind} from an XLSX or CSV file, all or nothing`,
          tags: [kind],
          upload: field,
          querystring: ImportQuery,
          response: { 200: z.union([ImportCheck, ImportOutcome]), 400: ImportRefusal },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new ApiError('unsupported_media', `send the file as multipart/form-data in the field "${field}"`);
        const data = await readingMultipart(field, async () => {
          const part = await request.file({ limits: { fileSize: importLimits.bytes, files: 1 } });
          if (!part || part.fieldname !== field) throw invalidField(field, 'required', `attach the file in the field "${field}"`);
          return part.toBuffer();
        });
        const dryRun = request.query.dryRun === true;
        const answer = await runImport(app.db, actorOf(request), { kind, data, dryRun, now: app.clock() });
        if (dryRun) return answer.check;
        if (answer.ok) return answer.outcome;
        const message = `${answer.check.errors.length} problems in the file; nothing was imported`;
        // The API's error shape, with the dry run's answer beside it: the same rows, columns and words.
        return reply.status(400).send({
          error: {
            code: 'validation',
            message,
            details: answer.check.errors.map((e) => ({ field: `rows.${e.row}.${e.column}`, issue: e.code, message: e.message })),
          },
          ...answer.check,
        });
      },
    );
  }
};
